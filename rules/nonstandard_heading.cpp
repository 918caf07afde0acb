/// Flags headings an ATS will not map to a known section, naming the standard one to use.
#include <fmt/format.h>

#include "linter/rule.h"
#include "linter/structure/dates.h"
#include "linter/structure/fields.h"
#include "linter/text_util.h"

namespace atslint::rules {
namespace {

class NonstandardHeading final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"S002", "nonstandard-heading", Category::Structure, Severity::Warning,
                                  "A section heading an ATS will not recognise"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    for (const auto& section : context.resume.sections) {
      if (!section.canonical.empty()) continue;
      sink.report(fmt::format("heading \"{}\" is not one an ATS recognises: rename it to {}", section.heading,
                              suggestion(context.document, section)),
                  section.location, section.heading);
    }
  }

 private:
  /// Guesses the standard heading from what the section holds.
  static std::string suggestion(const Document& document, const Section& section) {
    int dated = 0, schools = 0, lists = 0, bullets = 0;
    for (size_t i = section.first_line; i < section.end_line && i < document.lines.size(); ++i) {
      const auto& text = document.lines[i].text;
      if (find_date(text)) ++dated;
      if (degree_length(trim(text)) > 0 || institution_score(text) > 0) ++schools;
      if (std::count(text.begin(), text.end(), ',') >= 2 && count_words(text) <= 20) ++lists;
      if (document.lines[i].list_item) ++bullets;
    }
    if (schools > 0 && schools >= dated / 2) return "\"Education\"";
    if (dated > 0 && bullets > 0) return "\"Experience\" (or \"Projects\" for projects)";
    if (lists > 0) return "\"Skills\"";
    return "a standard name such as \"Experience\", \"Education\", \"Skills\", \"Projects\" or \"Summary\"";
  }
};

}  // namespace

std::unique_ptr<Rule> make_nonstandard_heading() { return std::make_unique<NonstandardHeading>(); }

}  // namespace atslint::rules
