/// Flags experience entries that are not in reverse-chronological order.
#include <fmt/format.h>

#include "linter/rule.h"

namespace atslint::rules {
namespace {

class DateOrder final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"S005", "date-order", Category::Structure, Severity::Warning,
                                  "Entries not in reverse-chronological order"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    const WorkEntry* previous = nullptr;
    for (const auto& entry : context.resume.work) {
      if (entry.start.year == 0) continue;
      if (previous && previous->section == entry.section && months(entry.start) > months(previous->start)) {
        sink.report(fmt::format("\"{}\" (from {}) is listed below an older role (from {}): list entries newest "
                                "first, as ATS and recruiters expect",
                                label(entry), entry.start.iso(), previous->start.iso()),
                    entry.location_in_document, entry.start.text);
      }
      previous = &entry;
    }
  }

 private:
  static int months(const PartialDate& date) { return date.year * 12 + (date.month > 0 ? date.month - 1 : 0); }
  static std::string label(const WorkEntry& entry) {
    if (!entry.position.empty() && !entry.company.empty()) return entry.position + ", " + entry.company;
    return entry.position.empty() ? entry.company : entry.position;
  }
};

}  // namespace

std::unique_ptr<Rule> make_date_order() { return std::make_unique<DateOrder>(); }

}  // namespace atslint::rules
