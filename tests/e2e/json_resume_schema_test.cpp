// `atslint parse` output must validate against the JSON Resume schema. A small
// validator covers what the schema uses: type, properties, items, $ref, pattern, format.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "run_atslint.h"

using nlohmann::json;

namespace {

bool type_matches(const json& value, const std::string& type) {
  if (type == "string") return value.is_string();
  if (type == "object") return value.is_object();
  if (type == "array") return value.is_array();
  if (type == "number") return value.is_number();
  if (type == "integer") return value.is_number_integer();
  if (type == "boolean") return value.is_boolean();
  if (type == "null") return value.is_null();
  return true;
}

void validate(const json& value, const json& schema, const json& root, const std::string& path,
              std::vector<std::string>& errors) {
  if (schema.contains("$ref")) {
    auto ref = schema["$ref"].get<std::string>();
    const std::string prefix = "#/definitions/";
    if (ref.starts_with(prefix)) validate(value, root["definitions"][ref.substr(prefix.size())], root, path, errors);
    return;
  }
  if (schema.contains("type")) {
    auto types = schema["type"].is_array() ? schema["type"] : json::array({schema["type"]});
    bool any = false;
    for (const auto& type : types) any = any || type_matches(value, type.get<std::string>());
    if (!any) errors.push_back(path + ": wrong type, want " + schema["type"].dump());
  }
  if (value.is_string()) {
    auto text = value.get<std::string>();
    if (schema.contains("pattern") && !std::regex_search(text, std::regex(schema["pattern"].get<std::string>())))
      errors.push_back(path + ": \"" + text + "\" does not match " + schema["pattern"].get<std::string>());
    auto format = schema.value("format", "");
    if (format == "email" && !std::regex_match(text, std::regex(R"([^@\s]+@[^@\s]+\.[^@\s]+)")))
      errors.push_back(path + ": not an email: " + text);
    if (format == "uri" && !std::regex_search(text, std::regex(R"(^[A-Za-z][A-Za-z0-9+.-]*:\S+$)")))
      errors.push_back(path + ": not a URI: " + text);
  }
  if (value.is_object() && schema.contains("properties"))
    for (const auto& [key, sub] : schema["properties"].items())
      if (value.contains(key)) validate(value[key], sub, root, path + "." + key, errors);
  if (value.is_array() && schema.contains("items") && schema["items"].is_object())
    for (size_t i = 0; i < value.size(); ++i)
      validate(value[i], schema["items"], root, path + "[" + std::to_string(i) + "]", errors);
}

bool resume_file(const std::filesystem::path& path) {
  auto extension = path.extension().string();
  return extension == ".txt" || extension == ".md" || extension == ".pdf" || extension == ".docx" || extension == ".odt";
}

/// Every resume the repository and ../shared hold: fixtures, samples, the held-out sets, the corpora.
std::vector<std::string> inputs() {
  std::vector<std::string> roots;
  for (const char* folder : {"tests/data/structure", "tests/fixtures", "tests/corpus/heldout", "samples"})
    roots.push_back(e2e::source_path(folder));
  for (const char* folder : {"corpus/offlinecv", "corpus/public"}) roots.push_back(e2e::shared_path(folder));
  std::vector<std::string> files;
  for (const auto& root : roots)
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
      if (entry.is_regular_file() && resume_file(entry.path()) && entry.path().filename() != "README.md" &&
          entry.path().filename() != "LICENSE")
        files.push_back(entry.path().string());
  return files;
}

}  // namespace

TEST_CASE("parse output validates against the JSON Resume schema") {
  if (!e2e::shared_available()) {
    MESSAGE("skipped: ../shared (JSON Resume schema) is not available");
    return;
  }
  std::ifstream in(e2e::shared_path("schemas/jsonresume-schema.json"));
  json schema = json::parse(in);
  auto files = inputs();
  REQUIRE(files.size() >= 150);
  for (const auto& file : files) {
    auto result = e2e::run_atslint({"parse", file, "--format", "json"});
    INFO(file);
    REQUIRE(result.exit_code == 0);
    json parsed = json::parse(result.out);
    std::vector<std::string> errors;
    validate(parsed, schema, schema, "$", errors);
    std::string first_error = errors.empty() ? std::string() : errors.front();
    INFO(first_error);
    CHECK(errors.empty());
    CHECK(parsed["meta"]["atslint"]["sections"].is_array());
  }
}

TEST_CASE("the validator itself rejects bad dates and emails") {
  json schema = {{"definitions", {{"iso8601", {{"type", "string"}, {"pattern", "^[1-2][0-9]{3}(-[0-1][0-9])?$"}}}}},
                 {"type", "object"},
                 {"properties",
                  {{"email", {{"type", "string"}, {"format", "email"}}},
                   {"work", {{"type", "array"}, {"items", {{"type", "object"}, {"properties", {{"startDate", {{"$ref", "#/definitions/iso8601"}}}}}}}}}}}};
  std::vector<std::string> errors;
  validate(json{{"email", "nope"}, {"work", {{{"startDate", "Jan 2020"}}}}}, schema, schema, "$", errors);
  CHECK(errors.size() == 2);
}

TEST_CASE("German headings: canonical sections in order and no nonstandard-heading") {
  auto clean = e2e::source_path("tests/fixtures/nonstandard-heading/clean.md");
  auto parsed = json::parse(e2e::run_atslint({"parse", clean}).out);
  std::vector<std::string> order;
  for (const auto& section : parsed["meta"]["atslint"]["sections"]) order.push_back(section["canonical"]);
  CHECK(order == std::vector<std::string>{"summary", "experience", "projects", "skills", "education"});
  auto lint = e2e::run_atslint({"lint", "--select", "nonstandard-heading", clean});
  CHECK(lint.out.find("nonstandard-heading]") == std::string::npos);
  auto creative = e2e::run_atslint(
      {"lint", "--select", "nonstandard-heading", e2e::source_path("tests/fixtures/nonstandard-heading/fires.md")});
  CHECK(creative.out.find("Where I've Made an Impact") != std::string::npos);
  CHECK(creative.out.find("\"Experience\"") != std::string::npos);
}
