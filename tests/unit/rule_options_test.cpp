// Every option a rule page documents must be one the config accepts, so a
// user who copies an option from `atslint explain` never gets "unknown option".
#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <string>

#include "linter/embedded_data.h"
#include "linter/rule_registry.h"

using namespace atslint;

static std::set<std::string> declared_options(const RuleInfo& info) {
  std::set<std::string> names;
  std::string list(info.options);
  std::regex item(R"(([a-z][a-z0-9-]*):)");
  for (auto it = std::sregex_iterator(list.begin(), list.end(), item); it != std::sregex_iterator(); ++it)
    names.insert((*it)[1]);
  return names;
}

static std::set<std::string> documented_options(std::string_view page) {
  std::set<std::string> names;
  auto start = page.find("## Options");
  if (start == std::string_view::npos) return names;
  std::string section(page.substr(start));
  auto next = section.find("\n## ", 3);
  if (next != std::string::npos) section.resize(next);
  std::regex bullet(R"(\n[-*] `([a-z][a-z0-9_-]*)`)");
  for (auto it = std::sregex_iterator(section.begin(), section.end(), bullet); it != std::sregex_iterator(); ++it)
    names.insert((*it)[1]);
  return names;
}

TEST_CASE("every option a rule page documents is declared by the rule") {
  int documented = 0;
  for (const auto& rule : all_rules()) {
    std::string name(rule->info().name);
    CAPTURE(name);
    auto page = data::file("docs/rules/" + name + ".md");
    REQUIRE(page);
    auto declared = declared_options(rule->info());
    for (const auto& option : documented_options(*page)) {
      CAPTURE(option);
      ++documented;
      CHECK(declared.count(option) == 1);
    }
  }
  CHECK(documented > 10);  // the parser above found the pages' option lists
}
