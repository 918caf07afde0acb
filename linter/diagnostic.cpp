#include "linter/diagnostic.h"

#include "linter/rule.h"
#include "linter/text_util.h"

namespace atslint {

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "warning";
}

bool parse_severity(std::string_view text, Severity& out) {
  for (auto severity : {Severity::Info, Severity::Warning, Severity::Error}) {
    if (to_lower_ascii(text) == severity_name(severity)) {
      out = severity;
      return true;
    }
  }
  return false;
}

const char* category_name(Category category) {
  switch (category) {
    case Category::Layout: return "layout";
    case Category::Structure: return "structure";
    case Category::Contact: return "contact";
    case Category::Bullet: return "bullet";
    case Category::Keyword: return "keyword";
  }
  return "layout";
}

bool parse_category(std::string_view text, Category& out) {
  for (auto category : {Category::Layout, Category::Structure, Category::Contact, Category::Bullet,
                        Category::Keyword}) {
    if (to_lower_ascii(text) == category_name(category)) {
      out = category;
      return true;
    }
  }
  return false;
}

void DiagnosticSink::report(std::string message, const Location& location, std::string excerpt) {
  report(info_.default_severity, std::move(message), location, std::move(excerpt));
}

void DiagnosticSink::report(Severity severity, std::string message, const Location& location,
                            std::string excerpt) {
  out_.push_back(Diagnostic{std::string(info_.name), std::string(info_.code), severity,
                            std::move(message), location, std::move(excerpt)});
}

}  // namespace atslint
