#include "linter/report/reporter.h"

namespace atslint {

void Summary::add(const FileResult& result) {
  ++files;
  if (result.error) ++unreadable;
  for (const auto& diagnostic : result.diagnostics) {
    switch (diagnostic.severity) {
      case Severity::Error: ++errors; break;
      case Severity::Warning: ++warnings; break;
      case Severity::Info: ++infos; break;
    }
  }
}

namespace {
struct ReporterEntry {
  const char* name;
  std::unique_ptr<Reporter> (*make)(std::ostream&, const ReportOptions&);
};
const ReporterEntry kReporters[] = {
    {"text", make_text_reporter},
    {"json", make_json_reporter},
};
}  // namespace

std::unique_ptr<Reporter> make_reporter(const std::string& format, std::ostream& out, const ReportOptions& options) {
  for (const auto& entry : kReporters)
    if (format == entry.name) return entry.make(out, options);
  return nullptr;
}

std::vector<std::string> reporter_names() {
  std::vector<std::string> names;
  for (const auto& entry : kReporters) names.emplace_back(entry.name);
  return names;
}

}  // namespace atslint
