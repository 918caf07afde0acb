#pragma once
// The lint pipeline for one file: read -> layout -> structure -> rules ->
// suppression. It holds no global state, so a worker pool may call it from
// many threads at once.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "linter/diagnostic.h"
#include "linter/document.h"
#include "linter/scoring.h"
#include "linter/structure/resume.h"

namespace atslint {

class Rule;

struct RuleSelection {
  std::vector<std::string> select;  ///< names, codes or categories; empty = every rule
  std::vector<std::string> ignore;
  std::map<std::string, Severity> severity;        ///< by rule name
  std::map<std::string, nlohmann::json> options;  ///< by rule name

  bool enabled(const Rule& rule) const;
};

struct LintOptions {
  RuleSelection rules;
  bool suppress = true;  ///< apply suppression comments / [[suppress]] entries
  nlohmann::json suppressions = nlohmann::json::array();  ///< config [[suppress]] entries
};

struct FileError {
  std::string code;
  std::string message;
};

struct FileResult {
  std::string path;  ///< as given
  std::optional<Format> format;
  std::optional<FileError> error;
  int pages = 0;
  std::vector<Diagnostic> diagnostics;
  std::vector<std::string> notices;
  std::optional<Score> score;  ///< none when the file could not be read
};

/// Checks a rule selector (name, code, category or "all"); returns an error
/// message with a "did you mean" when it names nothing.
std::optional<std::string> check_rule_selector(const std::string& selector);

/// Runs every enabled rule on a document already read and analysed.
std::vector<Diagnostic> run_rules(const Document& document, const Resume& resume, const LintOptions& options);

/// Reads, analyses and lints one file; unreadable input becomes result.error.
FileResult lint_file(const std::string& path, const LintOptions& options);

/// Reads and analyses one file (for `atslint text` and `atslint parse`). Throws AtsError.
Document load_document(const std::string& path);

}  // namespace atslint
