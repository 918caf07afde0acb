#include <doctest/doctest.h>

#include "rules/bullet_language.h"

using namespace atslint::bullets;

static std::vector<std::string> texts(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const auto& token : tokens) out.push_back(token.text);
  return out;
}

TEST_CASE("the ICU tokeniser keeps numbers with units and dotted names whole") {
  auto tokens = tokenize("Cut p99 latency 40% to 90ms on Node.js, saving $1.2M.");
  CHECK(texts(tokens) == std::vector<std::string>{"Cut", "p99", "latency", "40", "%", "to", "90ms", "on", "Node.js",
                                                  ",", "saving", "$", "1.2M", "."});
  CHECK(tokens[3].kind == Token::Kind::Number);
  CHECK(tokens[4].kind == Token::Kind::Punct);
  CHECK(tokens[8].offset == std::string("Cut p99 latency 40% to 90ms on ").size());
  CHECK(word_count(tokens) == 10);  // numbers count as words, punctuation does not
}

TEST_CASE("verb forms come from the lexicon, irregular ones included") {
  auto led = lookup_verb("led");
  REQUIRE(led);
  CHECK(led->base == "lead");
  CHECK(led->is_past);
  CHECK_FALSE(led->is_base);
  auto leads = lookup_verb("leads");
  REQUIRE(leads);
  CHECK(leads->is_third);
  CHECK(lookup_verb("given")->past == "gave");
  auto cut = lookup_verb("cut");
  CHECK((cut->is_past && cut->is_base));  // ambiguous: tense checks must not use it
  CHECK_FALSE(lookup_verb("synergy"));
  CHECK(is_past_participle("written"));
  CHECK(is_past_participle("migrated"));
  CHECK_FALSE(is_past_participle("speed"));
}

TEST_CASE("passive voice is a form of to-be followed by a participle") {
  CHECK(find_passive(tokenize("Reports were generated weekly")) == 1u);
  CHECK(find_passive(tokenize("The API was quickly rewritten in Go")) == 2u);
  CHECK(find_passive(tokenize("Got promoted after 8 months")) == 0u);
  CHECK_FALSE(find_passive(tokenize("Was responsible for the budget")));
  CHECK_FALSE(find_passive(tokenize("Built the reporting pipeline")));
}

TEST_CASE("metrics: digits, units, currency, percentages and number words") {
  CHECK(has_metric(tokenize("Served 2M users")));
  CHECK(has_metric(tokenize("Kept p99 under budget")));
  CHECK(has_metric(tokenize("Halved the build time")));
  CHECK(has_metric(tokenize("Saved three analysts a day each week")));
  CHECK(has_metric(tokenize("Cut spend by a third")));
  CHECK_FALSE(has_metric(tokenize("Moved the service to EC2 and S3")));
  CHECK_FALSE(has_metric(tokenize("Improved the onboarding flow")));
}

TEST_CASE("phrase lists match whole words, a hyphen and a space are the same") {
  PhraseList list({"results-driven", "team player", "etc"});
  auto hits = list.find(tokenize("A results driven team player, etc."));
  REQUIRE(hits.size() == 3);
  CHECK(hits[0].phrase == "results driven");
  CHECK(list.find(tokenize("Built a data-driven team-player-tracking tool")).empty());
}

TEST_CASE("acronyms are 3-5 capitals, Roman numerals and plain capital words are not") {
  CHECK(looks_like_acronym("WMS"));
  CHECK(looks_like_acronym("KPIs"));
  CHECK(looks_like_acronym("EC2"));
  CHECK_FALSE(looks_like_acronym("US"));
  CHECK_FALSE(looks_like_acronym("III"));
  CHECK_FALSE(looks_like_acronym("SKILLS"));
  CHECK_FALSE(looks_like_acronym("Led"));
}
