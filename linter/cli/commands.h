#pragma once
// One function per subcommand; cli.cpp parses options and dispatches.
#include <iosfwd>
#include <string>
#include <vector>

#include "linter/diagnostic.h"
#include "linter/engine.h"

namespace atslint {

struct LintCommandOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string fail_on = "error";
  bool fail_on_given = false;  ///< --fail-on was on the command line (it then beats the config)
  std::string color = "auto";
  std::vector<std::string> select, ignore;
  std::string config_path;
  bool no_config = false;
  bool no_suppress = false;
};

int run_lint(const LintCommandOptions& options, std::ostream& out, std::ostream& err);
int run_text(const std::string& path, const std::string& layout, std::ostream& out, std::ostream& err);
int run_parse(const std::string& path, const std::string& format, std::ostream& out, std::ostream& err);
int run_rules(const std::string& format, std::ostream& out);
int run_explain(const std::string& rule, std::ostream& out, std::ostream& err);

/// Expands folders (recursively, sorted) into the resume files they hold.
std::vector<std::string> expand_paths(const std::vector<std::string>& paths, std::ostream& err);

/// Colour decision, as ninja makes it: a TTY, TERM not dumb, NO_COLOR unset;
/// CLICOLOR_FORCE / FORCE_COLOR force it on.
bool use_color(const std::string& mode, bool is_tty);

}  // namespace atslint
