#pragma once
// The rule interface. A rule is one small class in one file under rules/,
// registered in rules/registry.cpp and documented in docs/rules/<name>.md.
#include <memory>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "linter/diagnostic.h"
#include "linter/document.h"
#include "linter/structure/resume.h"

namespace atslint {

enum class Category { Layout, Structure, Contact, Bullet, Keyword };
const char* category_name(Category category);
bool parse_category(std::string_view text, Category& out);

struct RuleInfo {
  std::string_view code;  ///< stable forever: "L001", "S001", "B001"...
  std::string_view name;  ///< kebab-case, also the docs page name
  Category category;
  Severity default_severity;
  std::string_view summary;  ///< one line
  /// Options the rule reads, "name:type" separated by spaces (type int, number, bool, string, strings);
  /// config rejects any other key under [rules.<name>].
  std::string_view options = {};
};

/// What a rule sees: the document, its structure, and its own options.
struct LintContext {
  const Document& document;
  const Resume& resume;
  const nlohmann::json& options;  ///< this rule's options from config (object, maybe empty)

  template <typename T>
  T option(const char* key, T fallback) const {
    if (options.is_object() && options.contains(key)) return options.at(key).get<T>();
    return fallback;
  }
};

/// Collects one rule's findings, stamping its name and code on each.
class DiagnosticSink {
 public:
  DiagnosticSink(const RuleInfo& info, std::vector<Diagnostic>& out) : info_(info), out_(out) {}
  void report(std::string message, const Location& location, std::string excerpt = {});
  void report(Severity severity, std::string message, const Location& location,
              std::string excerpt = {});

 private:
  const RuleInfo& info_;
  std::vector<Diagnostic>& out_;
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleInfo& info() const = 0;
  virtual void check(const LintContext& context, DiagnosticSink& sink) const = 0;
};

}  // namespace atslint
