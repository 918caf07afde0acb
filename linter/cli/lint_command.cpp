#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <ostream>

#include "linter/cli/cli.h"
#include "linter/cli/commands.h"
#include "linter/config.h"
#include "linter/error.h"
#include "linter/report/reporter.h"
#include "parsers/detect.h"

namespace atslint {

bool use_color(const std::string& mode, bool is_tty) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  auto set = [](const char* name) {
    const char* value = std::getenv(name);
    return value && *value && std::string(value) != "0";
  };
  if (std::getenv("NO_COLOR") && *std::getenv("NO_COLOR")) return false;
  if (set("CLICOLOR_FORCE") || set("FORCE_COLOR")) return true;
  const char* term = std::getenv("TERM");
  return is_tty && !(term && std::string(term) == "dumb");
}

std::vector<std::string> expand_paths(const std::vector<std::string>& paths, std::ostream& err) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code error;
    if (path != "-" && fs::is_directory(path, error)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, error);
           !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (it->is_regular_file(error) && is_resume_file_name(it->path().string())) found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      if (found.empty()) {
        err << fmt::format("atslint: warning: {}: no resume files (pdf, docx, odt, txt, md) in this folder\n", path);
      }
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(path);  // missing files are reported by the pipeline, in order
    }
  }
  return files;
}

static bool fails(const Summary& summary, const std::string& fail_on) {
  if (fail_on == "never") return false;
  if (fail_on == "info") return summary.errors + summary.warnings + summary.infos > 0;
  if (fail_on == "warning") return summary.errors + summary.warnings > 0;
  return summary.errors > 0;
}

/// "[3/120] path" on stderr while a long batch runs, only for a person watching.
class Progress {
 public:
  Progress(size_t total, std::ostream& err) : total_(total), err_(err), shown_(total >= 10 && isatty(STDERR_FILENO)) {}
  void update(size_t done, const std::string& path) {
    if (shown_) err_ << fmt::format("\r\033[K[{}/{}] {}", done, total_, path) << std::flush;
  }
  ~Progress() {
    if (shown_) err_ << "\r\033[K" << std::flush;
  }

 private:
  size_t total_;
  std::ostream& err_;
  bool shown_;
};

int run_lint(const LintCommandOptions& options, std::ostream& out, std::ostream& err) {
  auto files = expand_paths(options.paths, err);
  ConfigResolver resolver({options.select, options.ignore, options.config_path, options.no_config, options.no_suppress});
  std::string fail_on = options.fail_on;
  try {
    resolver.options_for(files.empty() ? "." : files.front());
    // The command line beats the config; the first file's config decides for the whole run.
    if (!options.fail_on_given) fail_on = resolver.fail_on_for(files.empty() ? "." : files.front()).value_or(fail_on);
  } catch (const AtsError& error) {
    err << "atslint: error: " << error.what() << '\n';
    return kExitUsage;
  }
  ReportOptions report_options{use_color(options.color, isatty(STDOUT_FILENO) != 0)};
  auto reporter = make_reporter(options.format, out, report_options);
  Summary summary;
  Progress progress(files.size(), err);
  for (size_t i = 0; i < files.size(); ++i) {
    progress.update(i + 1, files[i]);
    FileResult result;
    try {
      result = lint_file(files[i], resolver.options_for(files[i]));
    } catch (const AtsError& error) {
      result.path = files[i];
      result.error = FileError{error.code(), error.what()};
    }
    if (result.error) err << fmt::format("atslint: error: {}: {}\n", result.path, result.error->message);
    summary.add(result);
    reporter->file(result);
  }
  reporter->finish(summary);
  if (summary.unreadable > 0 || files.empty()) return kExitUsage;
  return fails(summary, fail_on) ? kExitFindings : kExitClean;
}

}  // namespace atslint
