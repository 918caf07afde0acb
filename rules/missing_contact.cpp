/// Flags a resume without an email address or a phone number in its text.
#include "linter/rule.h"
#include "linter/text_util.h"

namespace atslint::rules {
namespace {

class MissingContact final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"C001", "missing-contact", Category::Contact, Severity::Error,
                                  "No email address or no phone number"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    if (trim(context.document.plain_text()).empty()) return;  // no-text-layer's finding
    const auto& contact = context.resume.contact;
    // Point at the name, or at the top of the document when there is none.
    Location where = contact.name.empty() && !context.document.lines.empty() ? context.document.lines.front().location
                                                                             : contact.name_location;
    if (contact.email.empty())
      sink.report("no email address found in the text: put it under your name as plain text "
                  "(not only as a link or an image) so an ATS can fill the email field",
                  where);
    if (contact.phone.empty())
      sink.report(Severity::Warning,
                  "no phone number found in the text: add one under your name, written out in full "
                  "(\"+49 151 2345 6789\", \"(555) 014-2233\")",
                  where);
  }
};

}  // namespace

std::unique_ptr<Rule> make_missing_contact() { return std::make_unique<MissingContact>(); }

}  // namespace atslint::rules
