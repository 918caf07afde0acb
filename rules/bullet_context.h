#pragma once
// Which bullets the bullet rules look at, and the role each belongs to.
#include <string>
#include <vector>

#include "linter/rule.h"
#include "rules/bullet_language.h"

namespace atslint::bullets {

/// Experience, projects and volunteer: the sections written as accomplishments.
bool is_accomplishment_section(std::string_view canonical);

/// A bullet of an accomplishment section, tokenised once.
struct BulletView {
  const Bullet* bullet = nullptr;
  size_t index = 0;  ///< into Resume::bullets
  std::vector<Token> tokens;
};
std::vector<BulletView> accomplishment_bullets(const Resume& resume);

/// The role (job, project) a bullet belongs to and its dates.
struct Role {
  int id = -1;              ///< bullets with the same id share a role; -1 = unknown
  bool dated = false;       ///< an end date (or "Present") is known
  bool current = false;     ///< ends "Present"
  int end_year = 0;         ///< the last year printed (a current role: its start year)
  Location location;        ///< the role's header line
  std::string header;       ///< its text, for excerpts
};
/// Uses the structure's WorkEntry / ProjectEntry when the bullet has one, else the
/// nearest non-bullet line above it that holds a date range.
Role role_of(const LintContext& context, const Bullet& bullet);

/// Where a token sits: the bullet's location, moved to the token's column for text formats.
Location token_location(const Bullet& bullet, const std::vector<Token>& tokens, size_t token);

/// Standard excerpt: the bullet, shortened.
std::string excerpt_of(const Bullet& bullet);

/// A rule option holding a list of strings (e.g. extra weak verbs); empty when absent.
std::vector<std::string> string_list_option(const LintContext& context, const char* key);
/// `base` plus the phrases configured under option `key`; a copy, so extras stay local to one run.
PhraseList with_extra_phrases(const PhraseList& base, const LintContext& context, const char* key);

}  // namespace atslint::bullets
