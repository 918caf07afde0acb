#include "linter/structure/json_resume.h"

#include "linter/report/reporter.h"

namespace atslint {

static nlohmann::json sections_json(const Resume& resume) {
  nlohmann::json sections = nlohmann::json::array();
  for (const auto& section : resume.sections) {
    sections.push_back({{"heading", section.heading},
                        {"canonical", section.canonical.empty() ? nlohmann::json(nullptr) : nlohmann::json(section.canonical)},
                        {"language", section.language.empty() ? nlohmann::json(nullptr) : nlohmann::json(section.language)},
                        {"location", location_to_json(section.location)}});
  }
  return sections;
}

nlohmann::json to_json_resume(const Document& document, const Resume& resume) {
  nlohmann::json basics = nlohmann::json::object();
  const auto& contact = resume.contact;
  if (!contact.name.empty()) basics["name"] = contact.name;
  if (!contact.email.empty()) basics["email"] = contact.email;
  if (!contact.phone.empty()) basics["phone"] = contact.phone;
  if (!resume.summary.empty()) basics["summary"] = resume.summary;
  return {{"$schema", "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"},
          {"basics", basics},
          {"meta",
           {{"atslint",
             {{"version", ATSLINT_VERSION},
              {"format", format_name(document.format)},
              {"pages", document.page_count()},
              {"sections", sections_json(resume)}}}}}};
}

}  // namespace atslint
