/// Flags text placed in text boxes, which many ATS never read.
#include <fmt/format.h>

#include "linter/patterns.h"
#include "linter/rule.h"
#include "linter/structure/headings.h"
#include "linter/text_util.h"

namespace atslint::rules {
namespace {

class TextBox final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"L011", "text-box", Category::Layout, Severity::Warning,
                                  "Text inside a text box, which many ATS skip"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    for (const auto& object : context.document.objects) {
      if (object.kind != LayoutObject::Kind::TextBox) continue;
      auto text = collapse_spaces(object.text);
      if (text.empty()) continue;
      std::string what = holds_heading(object.text) ? "a section heading" : "";
      if (has_contact_detail(object.text)) what = "contact details";
      auto excerpt = text.size() > 80 ? text.substr(0, 77) + "..." : text;
      if (!what.empty()) {
        sink.report(Severity::Error,
                    fmt::format("text box holds {}: many ATS skip text boxes; move this text into the body", what),
                    object.location, excerpt);
      } else {
        sink.report(fmt::format("text box holds {} words: many ATS skip text boxes; move this text into the body",
                                count_words(text)),
                    object.location, excerpt);
      }
    }
  }

 private:
  static bool holds_heading(const std::string& text) {
    for (auto line : split_lines(text))
      if (!canonical_section(trim(line)).canonical.empty() && count_words(line) <= 4) return true;
    return false;
  }
};

}  // namespace

std::unique_ptr<Rule> make_text_box() { return std::make_unique<TextBox>(); }

}  // namespace atslint::rules
