#include "linter/cli/cli.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <ostream>

#include "linter/cli/commands.h"
#include "linter/report/reporter.h"
#include "linter/text_util.h"

namespace atslint {
namespace {

constexpr const char* kDescription =
    "atslint: shows what an applicant tracking system (ATS) reads from your resume, and what to fix.";

constexpr const char* kExamples = R"(
Examples:
  atslint resume.pdf                     lint one resume (lint is the default command)
  atslint --format json cv.docx cv.pdf   machine-readable findings
  atslint --fail-on warning resumes/     lint a folder; exit 1 on any warning
  atslint text resume.pdf                the text an ATS extracts, in reading order
  atslint text --layout raw resume.pdf   the same, read line by line across columns
  atslint parse resume.pdf               the parsed resume as JSON Resume
  atslint rules                          every rule with its code and severity
  atslint explain multi-column           the documentation of one rule

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage error or unreadable input.
)";

const std::vector<std::string> kCommands = {"lint", "text", "parse", "rules", "explain"};

/// `lint` is the default command: `atslint FILE` means `atslint lint FILE`.
std::vector<std::string> with_default_command(std::vector<std::string> args) {
  if (args.size() > 1) {
    const auto& first = args[1];
    bool is_command = std::find(kCommands.begin(), kCommands.end(), first) != kCommands.end();
    bool top_level_flag = first == "--help" || first == "-h" || first == "--version" || first == "-V";
    if (!is_command && !top_level_flag) args.insert(args.begin() + 1, "lint");
  }
  return args;
}

void add_lint_options(CLI::App& lint, LintCommandOptions& options) {
  lint.add_option("paths", options.paths, "Resume files or folders (pdf, docx, odt, txt, md); - reads stdin")
      ->required();
  lint.add_option("-f,--format", options.format, "Output format")
      ->check(CLI::IsMember(reporter_names()))
      ->capture_default_str();
  lint.add_option("--fail-on", options.fail_on, "Lowest severity that makes the exit code 1")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->capture_default_str();
  lint.add_option("--color", options.color, "Colour the text output")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  lint.add_option("--select", options.select, "Only these rules (names, codes or categories), comma-separated")
      ->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  lint.add_option("--ignore", options.ignore, "Skip these rules (names, codes or categories), comma-separated")
      ->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  lint.add_option("--config", options.config_path, "Use this .atslint.toml instead of searching for one");
  lint.add_flag("--no-config", options.no_config, "Ignore every .atslint.toml");
  lint.add_flag("--no-suppress", options.no_suppress, "Show findings that suppression comments would hide");
}

}  // namespace

int run_cli(std::vector<std::string> args, std::ostream& out, std::ostream& err) {
  args = with_default_command(std::move(args));
  CLI::App app{kDescription, "atslint"};
  app.footer(kExamples);
  app.set_version_flag("-V,--version", std::string("atslint ") + ATSLINT_VERSION);
  app.require_subcommand(1);

  LintCommandOptions lint_options;
  auto* lint = app.add_subcommand("lint", "Lint resumes and report ATS problems (default command)");
  add_lint_options(*lint, lint_options);

  std::string text_path, text_layout = "reading";
  auto* text = app.add_subcommand("text", "Print the text atslint extracted, in reading order");
  text->add_option("file", text_path, "Resume file")->required();
  text->add_option("--layout", text_layout, "reading: column by column; raw: line by line across the page")
      ->check(CLI::IsMember({"reading", "raw"}))
      ->capture_default_str();

  std::string parse_path, parse_format = "json";
  auto* parse = app.add_subcommand("parse", "Print the parsed resume as JSON Resume");
  parse->add_option("file", parse_path, "Resume file")->required();
  parse->add_option("-f,--format", parse_format, "Output format")->check(CLI::IsMember({"json"}))->capture_default_str();

  std::string rules_format = "text";
  auto* rules = app.add_subcommand("rules", "List every rule: code, name, category, severity, summary");
  rules->add_option("-f,--format", rules_format, "Output format")->check(CLI::IsMember({"text", "json"}))->capture_default_str();

  std::string explain_rule;
  auto* explain = app.add_subcommand("explain", "Print a rule's documentation");
  explain->add_option("rule", explain_rule, "Rule name or code")->required();

  if (args.size() == 1) {  // bare `atslint`: teach rather than complain
    err << app.help();
    return kExitUsage;
  }
  std::vector<const char*> argv;
  for (const auto& arg : args) argv.push_back(arg.c_str());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) {  // --help or --version
      app.exit(error, out, err);
      return kExitClean;
    }
    err << "atslint: error: " << error.what() << "\n(run `atslint --help` for usage)\n";
    return kExitUsage;
  }

  if (lint->parsed()) {
    lint_options.fail_on_given = lint->count("--fail-on") > 0;
    return run_lint(lint_options, out, err);
  }
  if (text->parsed()) return run_text(text_path, text_layout, out, err);
  if (parse->parsed()) return run_parse(parse_path, parse_format, out, err);
  if (rules->parsed()) return run_rules(rules_format, out);
  return run_explain(explain_rule, out, err);
}

}  // namespace atslint
