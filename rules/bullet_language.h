#pragma once
// Language helpers shared by the bullet rules: an ICU word tokeniser, verb
// forms from rules/data/bullets/verbs.tsv, phrase lists, passive voice and
// metric detection. Word lists load once per process.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atslint::bullets {

struct Token {
  enum class Kind { Word, Number, Punct };
  std::string text;
  std::string lower;  ///< case-folded text
  size_t offset = 0;  ///< byte offset in the tokenised text
  Kind kind = Kind::Word;
  bool is_word() const { return kind != Kind::Punct; }
};

/// Words, numbers and punctuation (no spaces), by ICU's word break iterator.
std::vector<Token> tokenize(std::string_view text);
/// Tokens that are words or numbers.
int word_count(const std::vector<Token>& tokens);
/// Index of the first word or number token, or tokens.size().
size_t first_word(const std::vector<Token>& tokens);

struct VerbForms {
  std::string base;
  std::string past;   ///< the verb's simple past ("gave" for "given")
  std::string third;  ///< third person present ("leads")
  bool is_base = false, is_past = false, is_participle = false, is_third = false, is_gerund = false;
};
/// The forms a (folded) word can be, or nullopt when it is not an action verb we know.
std::optional<VerbForms> lookup_verb(std::string_view lower);
/// A known participle, or a regular "-ed" word.
bool is_past_participle(std::string_view lower);
bool is_be_form(std::string_view lower);

/// Index of the token starting a passive ("was" [adverb] participle), or nullopt.
std::optional<size_t> find_passive(const std::vector<Token>& tokens);

/// A multi-word phrase list matched on token sequences (hyphens ignored).
class PhraseList {
 public:
  explicit PhraseList(std::vector<std::string> phrases);
  static PhraseList from_file(std::string_view key);
  struct Hit {
    size_t token = 0;  ///< index of the first matching token
    size_t length = 0; ///< tokens matched
    std::string phrase;
  };
  /// Every non-overlapping match, longest phrase first at each position.
  std::vector<Hit> find(const std::vector<Token>& tokens) const;
  /// The longest phrase the tokens start with (from token `from`).
  std::optional<Hit> match_at(const std::vector<Token>& tokens, size_t from) const;
  void add(std::string_view phrase);

 private:
  std::vector<std::vector<std::string>> phrases_;
};

/// Lines of a data file without '#'-comment lines (a '#' inside a line is kept: "c#").
std::vector<std::string> data_lines(std::string_view key);

/// A year after a preposition ("in 2021", "since 2019"): a date, not a measurement.
bool is_year(const std::vector<Token>& tokens, size_t index);
/// A number, a number with a unit ("40ms", "2M", "p99"), %, a currency sign or a number word.
bool is_metric_token(const std::vector<Token>& tokens, size_t index);
bool has_metric(const std::vector<Token>& tokens);

/// True for an acronym-like word: 3-5 capitals (digits allowed), optional plural "s".
bool looks_like_acronym(std::string_view word);

/// Number of Unicode code points in a UTF-8 prefix (for columns).
int code_points(std::string_view utf8);
/// The text shortened to about `max` code points, with an ellipsis.
std::string shorten(std::string_view text, int max = 90);

}  // namespace atslint::bullets
