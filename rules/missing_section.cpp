/// Flags a resume with no recognisable Experience, Education or Skills section.
#include <fmt/format.h>

#include "linter/rule.h"
#include "linter/text_util.h"

namespace atslint::rules {
namespace {

class MissingSection final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"S001", "missing-section", Category::Structure, Severity::Error,
                                  "No recognisable Experience, Education or Skills heading"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    // An empty extraction is no-text-layer's finding, not a missing heading.
    if (trim(context.document.plain_text()).empty()) return;
    for (const char* wanted : {"experience", "education", "skills"}) {
      if (context.resume.find_section(wanted)) continue;
      sink.report(fmt::format("no {} section found: add a heading named \"{}\" so an ATS files "
                              "this content in the right field",
                              wanted, standard_heading(wanted)),
                  Location{});
    }
  }

 private:
  static const char* standard_heading(std::string_view canonical) {
    if (canonical == "experience") return "Experience";
    if (canonical == "education") return "Education";
    return "Skills";
  }
};

}  // namespace

std::unique_ptr<Rule> make_missing_section() { return std::make_unique<MissingSection>(); }

}  // namespace atslint::rules
