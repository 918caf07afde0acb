#pragma once
// Reporters turn FileResults into one output format. The CLI picks one by
// name; every reporter sees the same results in the same order.
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "linter/engine.h"

namespace atslint {

struct Summary {
  int files = 0;
  int unreadable = 0;
  int errors = 0, warnings = 0, infos = 0;
  void add(const FileResult& result);
};

struct ReportOptions {
  bool color = false;
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  /// Called once per file, in input order.
  virtual void file(const FileResult& result) = 0;
  /// Called once at the end.
  virtual void finish(const Summary& summary) = 0;
};

/// The reporter for a --format name, or nullptr when there is none.
std::unique_ptr<Reporter> make_reporter(const std::string& format, std::ostream& out, const ReportOptions& options);
/// Names accepted by make_reporter, for --help and errors.
std::vector<std::string> reporter_names();

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<Reporter> make_json_reporter(std::ostream& out, const ReportOptions& options);

/// The JSON object for one file (shared by the json and jsonl reporters).
nlohmann::json file_to_json(const FileResult& result);
nlohmann::json location_to_json(const Location& location);

}  // namespace atslint
