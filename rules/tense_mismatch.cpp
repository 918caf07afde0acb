/// Flags present tense in a past role ("Manage a team" for a job that ended), and past tense
/// mixed with present in the current role.
#include <fmt/format.h>

#include <map>
#include <set>

#include "rules/bullet_context.h"

namespace atslint::rules {
namespace {

using namespace bullets;

enum class Tense { Unknown, Past, Present };

class TenseMismatch final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"B013", "tense-mismatch", Category::Bullet, Severity::Warning,
                                  "Present tense in a past role, or past and present mixed in the current role"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    struct Opened {
      const BulletView* view;
      Tense tense;
    };
    auto views = accomplishment_bullets(context.resume);
    std::map<int, std::vector<Opened>> current_roles;
    for (const auto& view : views) {
      Role role = role_of(context, *view.bullet);
      if (!role.dated) continue;  // no dates: nothing to compare with
      Tense tense = tense_of(view.tokens);
      if (role.current) {
        current_roles[role.id].push_back({&view, tense});
      } else if (tense == Tense::Present) {
        report(sink, view, "this role has ended, but the bullet is in the present tense: use the past tense",
               Tense::Past);
      }
    }
    for (const auto& [id, opened] : current_roles) {
      int past = 0, present = 0;
      for (const auto& o : opened) {
        if (o.tense == Tense::Past) ++past;
        if (o.tense == Tense::Present) ++present;
      }
      if (past == 0 || present == 0) continue;
      Tense minority = past <= present ? Tense::Past : Tense::Present;  // a tie keeps present for a current role
      for (const auto& o : opened)
        if (o.tense == minority)
          report(sink, *o.view, "this current role mixes past and present tense: use one tense for all its bullets",
                 minority == Tense::Past ? Tense::Present : Tense::Past);
    }
  }

 private:
  /// The tense of the opening verb. Forms shared by past and present ("cut", "set") say nothing.
  static Tense tense_of(const std::vector<Token>& tokens) {
    size_t first = first_word(tokens);
    if (first < tokens.size() && (tokens[first].lower == "i" || tokens[first].lower == "we")) ++first;
    if (first >= tokens.size()) return Tense::Unknown;
    auto verb = lookup_verb(tokens[first].lower);
    if (!verb) return Tense::Unknown;
    bool past = verb->is_past, present = verb->is_third || verb->is_gerund || (verb->is_base && !names_a_role(tokens, first));
    if (past == present) return Tense::Unknown;
    return past ? Tense::Past : Tense::Present;
  }

  /// "Lead engineer on ...", "Launch of ...": a job title or a noun, not a verb.
  static bool names_a_role(const std::vector<Token>& tokens, size_t first) {
    static const std::set<std::string, std::less<>> kRoles = {
        "engineer", "developer", "designer", "analyst", "manager", "architect", "consultant", "lead",
        "member", "contributor", "role", "owner", "specialist", "coordinator", "researcher", "maintainer", "of"};
    return first + 1 < tokens.size() && kRoles.contains(tokens[first + 1].lower);
  }

  static void report(DiagnosticSink& sink, const BulletView& view, const char* what, Tense wanted) {
    size_t first = first_word(view.tokens);
    auto verb = lookup_verb(view.tokens[first].lower);
    std::string opener = view.tokens[first].text;
    std::string better = verb ? (wanted == Tense::Past ? verb->past : verb->third) : "";
    if (!better.empty()) better[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(better[0])));
    sink.report(better.empty() ? std::string(what) : fmt::format("{} (\"{}\" -> \"{}\")", what, opener, better),
                view.bullet->location, excerpt_of(*view.bullet));
  }
};

}  // namespace

std::unique_ptr<Rule> make_tense_mismatch() { return std::make_unique<TenseMismatch>(); }

}  // namespace atslint::rules
