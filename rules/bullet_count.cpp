/// Flags a recent role with fewer than 2 or more than 8 bullets.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "rules/bullet_context.h"

namespace atslint::rules {
namespace {

using namespace bullets;

class BulletCount final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"B014", "bullet-count", Category::Bullet, Severity::Info,
                                  "A recent role has fewer than 2 or more than 8 bullets",
                                  "min-bullets:int max-bullets:int recent-years:int"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    int min_bullets = context.option<int>("min-bullets", 2);
    int max_bullets = context.option<int>("max-bullets", 8);
    int recent_years = context.option<int>("recent-years", 5);
    std::map<int, std::pair<Role, int>> roles;  // role id -> (role, bullets)
    int latest_year = 0;
    for (const auto& view : accomplishment_bullets(context.resume)) {
      if (view.bullet->section != "experience") continue;  // projects vary too much in size
      Role role = role_of(context, *view.bullet);
      if (role.id < 0 || !role.dated) continue;  // unknown role or dates: no finding
      auto& entry = roles.try_emplace(role.id, role, 0).first->second;
      ++entry.second;
      latest_year = std::max(latest_year, role.end_year);
    }
    for (const auto& [id, entry] : roles) {
      const auto& [role, count] = entry;
      bool recent = role.current || role.end_year >= latest_year - recent_years;
      if (!recent || (count >= min_bullets && count <= max_bullets)) continue;
      std::string advice = count < min_bullets
                               ? fmt::format("add another achievement (aim for {}-{})", min_bullets, max_bullets)
                               : fmt::format("keep the {} strongest and cut the rest", max_bullets);
      sink.report(fmt::format("this recent role has {} bullet{}: {}", count, count == 1 ? "" : "s", advice),
                  role.location, shorten(role.header));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_bullet_count() { return std::make_unique<BulletCount>(); }

}  // namespace atslint::rules
