/// Flags entries whose dates are written in a different style from the rest.
#include <fmt/format.h>

#include <map>

#include "linter/rule.h"
#include "linter/structure/dates.h"

namespace atslint::rules {
namespace {

class DateFormat final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"S004", "date-format", Category::Structure, Severity::Warning,
                                  "Dates written in inconsistent styles across entries"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    struct Dated {
      DateStyle style;
      Location location;
      std::string text;
    };
    std::vector<Dated> dates;
    for (const auto& entry : context.resume.work) {
      auto match = find_date(entry.start.text);
      if (match && match->style != DateStyle::None) dates.push_back({match->style, entry.location_in_document, entry.start.text});
    }
    std::map<DateStyle, int> counts;
    for (const auto& date : dates) ++counts[date.style];
    if (counts.size() < 2) return;
    DateStyle usual = counts.begin()->first;
    for (const auto& [style, count] : counts)
      if (count > counts[usual]) usual = style;
    for (const auto& date : dates) {
      if (date.style == usual) continue;
      sink.report(fmt::format("\"{}\" is written as {} while most entries use {}: write every date the same way "
                              "(\"Jan 2020 – Mar 2022\") so an ATS computes your experience correctly",
                              date.text, date_style_name(date.style), date_style_name(usual)),
                  date.location, date.text);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_date_format() { return std::make_unique<DateFormat>(); }

}  // namespace atslint::rules
