#include <fmt/format.h>

#include "linter/report/reporter.h"

namespace atslint {
namespace {

const char* severity_colour(Severity severity) {
  switch (severity) {
    case Severity::Error: return "\033[1;31m";
    case Severity::Warning: return "\033[1;33m";
    case Severity::Info: return "\033[1;36m";
  }
  return "";
}

/// gcc-style lines, `PATH:LOCATION: severity: message [rule]`, so editors can jump.
class TextReporter final : public Reporter {
 public:
  TextReporter(std::ostream& out, const ReportOptions& options) : out_(out), color_(options.color) {}

  void file(const FileResult& result) override {
    for (const auto& notice : result.notices) out_ << fmt::format("{}: {}: {}\n", result.path, paint("note", "\033[1m"), notice);
    for (const auto& d : result.diagnostics) {
      out_ << fmt::format("{}:{}: {}: {} [{}]\n", result.path, d.location.describe(),
                          paint(severity_name(d.severity), severity_colour(d.severity)), d.message, d.rule);
    }
    if (result.score) out_ << fmt::format("{}: {}\n", result.path, paint(describe(*result.score), "\033[1m"));
  }

  void finish(const Summary& summary) override {
    int problems = summary.errors + summary.warnings + summary.infos;
    std::string line = fmt::format("{} file{} checked: {} problem{} ({} error{}, {} warning{}, {} info)",
                                   summary.files, summary.files == 1 ? "" : "s", problems, problems == 1 ? "" : "s",
                                   summary.errors, summary.errors == 1 ? "" : "s", summary.warnings,
                                   summary.warnings == 1 ? "" : "s", summary.infos);
    if (summary.unreadable > 0) line += fmt::format(", {} unreadable", summary.unreadable);
    out_ << paint(line, "\033[1m") << '\n';
  }

 private:
  /// "score 72/100 (layout 100, structure 75, contact 100, bullets 40)".
  static std::string describe(const Score& score) {
    std::string parts;
    for (const char* name : {"layout", "structure", "contact", "bullets"}) {
      auto it = score.categories.find(name);
      if (it == score.categories.end()) continue;
      parts += fmt::format("{}{} {}", parts.empty() ? "" : ", ", name, it->second);
    }
    return fmt::format("score {}/100 ({})", score.total, parts);
  }
  std::string paint(const std::string& text, const char* colour) const {
    return color_ ? fmt::format("{}{}\033[0m", colour, text) : text;
  }
  std::ostream& out_;
  bool color_;
};

}  // namespace

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<TextReporter>(out, options);
}

}  // namespace atslint
