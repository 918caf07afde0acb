#include "linter/structure/json_resume.h"

#include "linter/report/reporter.h"

namespace atslint {
namespace {

using nlohmann::json;

json or_null(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

json sections_json(const Resume& resume) {
  json sections = json::array();
  for (const auto& section : resume.sections) {
    sections.push_back({{"heading", section.heading},
                        {"canonical", or_null(section.canonical)},
                        {"language", or_null(section.language)},
                        {"location", location_to_json(section.location)}});
  }
  return sections;
}

/// Sets key to value when value is non-empty (JSON Resume has no nulls).
void put(json& object, const char* key, const std::string& value) {
  if (!value.empty()) object[key] = value;
}

void put_dates(json& object, const PartialDate& start, const PartialDate& end) {
  put(object, "startDate", start.iso());
  if (!end.present) put(object, "endDate", end.iso());
}

json basics_json(const Resume& resume) {
  json basics = json::object();
  const auto& contact = resume.contact;
  put(basics, "name", contact.name);
  put(basics, "email", contact.email);
  put(basics, "phone", contact.phone);
  put(basics, "url", contact.url);
  put(basics, "summary", resume.summary);
  json location = json::object();
  if (contact.address != contact.location_text) put(location, "address", contact.address);
  put(location, "city", contact.city);
  put(location, "region", contact.region);
  put(location, "countryCode", contact.country_code);
  if (!location.empty()) basics["location"] = location;
  json profiles = json::array();
  for (const auto& profile : contact.profiles) {
    json item = json::object();
    put(item, "network", profile.network);
    put(item, "username", profile.username);
    put(item, "url", profile.url);
    profiles.push_back(item);
  }
  basics["profiles"] = profiles;
  return basics;
}

json work_json(const Resume& resume, json& pages) {
  json work = json::array();
  for (const auto& entry : resume.work) {
    json item = json::object();
    put(item, "name", entry.company);
    put(item, "position", entry.position);
    put(item, "location", entry.location);
    put_dates(item, entry.start, entry.end);
    put(item, "summary", entry.summary);
    item["highlights"] = entry.highlights;
    work.push_back(item);
    pages.push_back(entry.location_in_document.page);
  }
  return work;
}

json education_json(const Resume& resume, json& pages) {
  json education = json::array();
  for (const auto& entry : resume.education) {
    json item = json::object();
    put(item, "institution", entry.institution);
    put(item, "studyType", entry.study_type);
    put(item, "area", entry.area);
    put(item, "score", entry.score);
    put_dates(item, entry.start, entry.end);
    education.push_back(item);
    pages.push_back(entry.location_in_document.page);
  }
  return education;
}

json skills_json(const Resume& resume) {
  json skills = json::array();
  for (const auto& group : resume.skills) {
    json item = json::object();
    put(item, "name", group.name);
    item["keywords"] = group.keywords;
    skills.push_back(item);
  }
  return skills;
}

json projects_json(const Resume& resume, json& pages) {
  json projects = json::array();
  for (const auto& project : resume.projects) {
    json item = json::object();
    put(item, "name", project.name);
    put(item, "description", project.description);
    if (project.url.starts_with("http")) item["url"] = project.url;
    put_dates(item, project.start, project.end);
    item["highlights"] = project.highlights;
    projects.push_back(item);
    pages.push_back(project.location_in_document.page);
  }
  return projects;
}

}  // namespace

nlohmann::json to_json_resume(const Document& document, const Resume& resume) {
  json work_pages = json::array(), education_pages = json::array(), project_pages = json::array();
  json atslint_meta = {{"version", ATSLINT_VERSION},
                       {"format", format_name(document.format)},
                       {"pages", document.page_count()},
                       {"sections", sections_json(resume)}};
  json result = {{"$schema", "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"},
                 {"basics", basics_json(resume)},
                 {"work", work_json(resume, work_pages)},
                 {"education", education_json(resume, education_pages)},
                 {"skills", skills_json(resume)},
                 {"projects", projects_json(resume, project_pages)}};
  atslint_meta["location"] = resume.contact.location_text;
  atslint_meta["page_of"] = {{"work", work_pages}, {"education", education_pages}, {"projects", project_pages}};
  result["meta"] = {{"atslint", atslint_meta}};
  return result;
}

}  // namespace atslint
