/// Notes sections out of the order recruiters and ATS templates expect.
#include <fmt/format.h>

#include <map>

#include "linter/rule.h"

namespace atslint::rules {
namespace {

class SectionOrder final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"S003", "section-order", Category::Structure, Severity::Info,
                                  "Sections out of the usual order"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    int highest = -1;
    std::string highest_heading;
    for (const auto& section : context.resume.sections) {
      int rank = rank_of(section.canonical);
      if (rank < 0) continue;
      if (rank < highest) {
        sink.report(fmt::format("\"{}\" comes after \"{}\": the usual order is Summary, Experience and Education, "
                                "then Projects and Skills; move it up so readers find it where they look first",
                                section.heading, highest_heading),
                    section.location, section.heading);
        continue;
      }
      if (rank > highest) {
        highest = rank;
        highest_heading = section.heading;
      }
    }
  }

 private:
  /// Experience and Education may swap (students lead with Education).
  static int rank_of(const std::string& canonical) {
    // Only the core sections have a usual place; the rest may go anywhere after them.
    static const std::map<std::string, int, std::less<>> kRanks = {
        {"summary", 0}, {"experience", 1}, {"education", 1}, {"projects", 2}, {"skills", 2}};
    auto found = kRanks.find(canonical);
    return found == kRanks.end() ? -1 : found->second;
  }
};

}  // namespace

std::unique_ptr<Rule> make_section_order() { return std::make_unique<SectionOrder>(); }

}  // namespace atslint::rules
