#include "rules/bullet_context.h"

#include <algorithm>
#include <regex>

#include "linter/text_util.h"

namespace atslint::bullets {

bool is_accomplishment_section(std::string_view canonical) {
  return canonical == "experience" || canonical == "projects" || canonical == "volunteer";
}

std::vector<BulletView> accomplishment_bullets(const Resume& resume) {
  std::vector<BulletView> views;
  for (size_t i = 0; i < resume.bullets.size(); ++i) {
    const Bullet& bullet = resume.bullets[i];
    if (!is_accomplishment_section(bullet.section)) continue;
    views.push_back({&bullet, i, tokenize(bullet.text)});
  }
  return views;
}

namespace {

Role role_from_dates(int id, const PartialDate& start, const PartialDate& end, const Location& location) {
  Role role;
  role.id = id;
  role.location = location;
  role.current = end.present;
  role.end_year = end.year > 0 ? end.year : start.year;  // a current role is at least as recent as its start
  role.dated = end.present || end.year > 0;
  return role;
}

/// The role header above a bullet: the nearest non-bullet line holding a date. Lines
/// without a date are skipped, as they are mostly the wrapped ends of long bullets.
Role role_from_header_lines(const LintContext& context, const Bullet& bullet) {
  static const std::regex year(R"(\b(19|20)\d\d\b)");
  static const std::regex present(R"(\b(present|current|now|today|ongoing)\b)", std::regex::icase);
  const auto& lines = context.document.lines;
  const Section* section = context.resume.section_of_line(bullet.line);
  size_t first = section ? section->first_line : 0;
  Role role;
  for (size_t i = std::min(bullet.line, lines.size()); i-- > first;) {
    if (lines[i].list_item) continue;
    const std::string& text = lines[i].text;
    for (std::sregex_iterator it(text.begin(), text.end(), year), end; it != end; ++it) {
      role.dated = true;
      role.end_year = std::max(role.end_year, std::stoi(it->str()));
    }
    if (std::regex_search(text, present)) role.dated = role.current = true;
    if (!role.dated) continue;
    role.id = static_cast<int>(i);
    role.location = lines[i].location;
    role.header = text;
    break;
  }
  return role;
}

}  // namespace

Role role_of(const LintContext& context, const Bullet& bullet) {
  const Resume& resume = context.resume;
  if (bullet.entry >= 0) {
    auto entry = static_cast<size_t>(bullet.entry);
    if (bullet.section == "projects" && entry < resume.projects.size())
      return role_from_dates(bullet.entry, resume.projects[entry].start, resume.projects[entry].end, resume.projects[entry].location_in_document);
    if (bullet.section != "projects" && entry < resume.work.size())
      return role_from_dates(bullet.entry, resume.work[entry].start, resume.work[entry].end, resume.work[entry].location_in_document);
  }
  return role_from_header_lines(context, bullet);
}

Location token_location(const Bullet& bullet, const std::vector<Token>& tokens, size_t token) {
  Location location = bullet.location;
  if (location.column > 0 && token < tokens.size())
    location.column += code_points(std::string_view(bullet.text).substr(0, tokens[token].offset));
  return location;
}

std::string excerpt_of(const Bullet& bullet) { return shorten(bullet.text); }

std::vector<std::string> string_list_option(const LintContext& context, const char* key) {
  std::vector<std::string> values;
  if (!context.options.is_object() || !context.options.contains(key)) return values;
  for (const auto& value : context.options.at(key))
    if (value.is_string()) values.push_back(value.get<std::string>());
  return values;
}

PhraseList with_extra_phrases(const PhraseList& base, const LintContext& context, const char* key) {
  PhraseList phrases = base;
  for (const auto& extra : string_list_option(context, key)) phrases.add(extra);
  return phrases;
}

}  // namespace atslint::bullets
