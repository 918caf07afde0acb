// Glyphs -> runs -> visual lines. Runs break where the style changes or the
// pen jumps (a tab stop, another column); lines group runs on one baseline.
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <deque>
#include <cmath>
#include <regex>
#include <unordered_map>
#include <utility>

#include "linter/text_util.h"
#include "parsers/pdf/page_content.h"

namespace atslint::pdf {
namespace {

struct Chunk {
  std::string text;
  Box box{1e9, 1e9, -1e9, -1e9};
  double baseline = 0, size = 0;
  int font = -1;
  uint32_t color = 0;
  bool invisible = false;
  bool covered = false;
  double word_space = 0;  ///< the narrowest gap between two of its words so far; 0 = one word
  /// Each glyph as drawn, with the gap before it (negative for the first) and whether a space glyph came between.
  struct Drawn {
    std::string text;
    double gap = -1;
    bool spaced = false;
  };
  std::vector<Drawn> drawn;
  int tracked = 0;      ///< glyphs set apart from the one before by a letter-spacing gap
  int letter_gaps = 0;  ///< gaps between two glyphs with no space glyph drawn between them
  int tight = 0;        ///< letter gaps no wider than kerning leaves inside a word
  bool space_pending = false;  ///< a space glyph was drawn after the last glyph
  bool space_after = false;    ///< the chunk ended on a space: a word ends with it
  bool empty() const { return box.x0 > box.x1; }
};

/// Tracking between letters: wider than any kerning leaves inside a word, narrower than a word space.
bool tracking_gap(double gap, double size) { return gap > 0.05 * size && gap < 0.3 * size; }

/// "S a n d e r va n d e r L i n d e n": most glyphs of a line set apart by tracking (small capitals, CSS
/// letter-spacing), where the gap after which a space is printed varies with kerning.
bool letter_spaced(const Chunk& chunk) {
  // A space glyph's gap is a word's, not the tracking's ("SET 2018 – FEB 2021" drawn with its spaces). Asked per
  // glyph (`chip_gap`): counted as glyphs are appended, not here.
  return chunk.drawn.size() >= 4 && chunk.letter_gaps >= 3 && chunk.tracked * 4 >= chunk.letter_gaps * 3;
}

/// The words of a letter-spaced chunk: a gap wider than the tracking by a space parts two of them.
std::string respaced(const Chunk& chunk) {
  std::vector<double> gaps;
  for (size_t k = 1; k < chunk.drawn.size(); ++k) gaps.push_back(chunk.drawn[k].gap);
  std::nth_element(gaps.begin(), gaps.begin() + static_cast<long>(gaps.size() / 2), gaps.end());
  double word_gap = gaps[gaps.size() / 2] + 0.15 * chunk.size;
  std::string text;
  for (size_t k = 0; k < chunk.drawn.size(); ++k) {
    const auto& glyph = chunk.drawn[k];
    if (k > 0 && (glyph.spaced || glyph.gap > word_gap)) text += ' ';
    text += glyph.text;
  }
  return text;
}

/// Rewrites letter-spaced chunks as their words. "A n a" / "d e" / "l a" beside "Cruz", where each word is a chunk of
/// its own (Chromium): a short word whose glyphs are all set apart by tracking is letter-spaced too when a longer
/// letter-spaced chunk on its baseline is, or a word so found next to it.
void respace_words(std::vector<Chunk>& chunks) {
  std::vector<bool> spaced(chunks.size());
  for (size_t k = 0; k < chunks.size(); ++k) spaced[k] = letter_spaced(chunks[k]);
  auto tracked_word = [](const Chunk& chunk) {
    return chunk.drawn.size() >= 2 && chunk.tracked == static_cast<int>(chunk.drawn.size()) - 1;
  };
  spread_marks(spaced, [&](size_t k, size_t other) {
    return tracked_word(chunks[k]) && std::abs(chunks[k].baseline - chunks[other].baseline) < 0.3 * chunks[k].size &&
           std::abs(chunks[k].size - chunks[other].size) < 0.05 * chunks[k].size;
  });
  for (size_t k = 0; k < chunks.size(); ++k)
    if (spaced[k]) chunks[k].text = respaced(chunks[k]);
  // Words so rewritten one after another, a word space (widened by the tracking) apart in one type, read as one
  // run: "Ana de la Cruz".
  std::vector<Chunk> joined;
  std::vector<bool> joined_spaced;
  for (size_t k = 0; k < chunks.size(); ++k) {
    if (!joined.empty() && spaced[k] && joined_spaced.back()) {
      Chunk& last = joined.back();
      double gap = chunks[k].box.x0 - last.box.x1;
      if (last.font == chunks[k].font && last.color == chunks[k].color && std::abs(last.size - chunks[k].size) < 0.05 * last.size &&
          std::abs(last.baseline - chunks[k].baseline) < 0.3 * last.size && gap > 0 && gap < 1.1 * last.size) {
        last.text += " " + chunks[k].text;
        last.box = united(last.box, chunks[k].box);
        continue;
      }
    }
    joined.push_back(std::move(chunks[k]));
    joined_spaced.push_back(spaced[k]);
  }
  chunks = std::move(joined);
}

std::string nfkc(const std::string& text) {
  // ASCII is already NFKC: skip ICU for the common case.
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return text;
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  if (!normalizer) return text;
  status = U_ZERO_ERROR;
  // TeX's \'\i: a dotless i under a combining accent is the accented i ("Nı́" is "Ní"), which NFKC then composes.
  static const std::regex kDotlessUnderAccent{"\xC4\xB1(?=\xCC[\x80-\xBF]|\xCD[\x80-\xAF])"};
  auto undotted = std::regex_replace(text, kDotlessUnderAccent, "i");
  icu::UnicodeString result = normalizer->normalize(icu::UnicodeString::fromUTF8(undotted), status);
  std::string out;
  if (U_FAILURE(status)) return text;
  result.toUTF8String(out);
  return out;
}

bool is_space(const std::string& text) {
  return text.empty() ? false : std::all_of(text.begin(), text.end(), [](char c) { return c == ' '; });
}

bool same_style(const Chunk& chunk, const Glyph& glyph) {
  return chunk.font == glyph.font && std::abs(chunk.size - glyph.size) < 0.05 * glyph.size &&
         chunk.color == glyph.color && chunk.invisible == glyph.invisible && chunk.covered == glyph.covered;
}

// "G I U L I A " so far: one letter (ASCII or two-byte UTF-8) and a space close the text; not "inglese C1 ".
bool ends_in_spaced_letter(const std::string& text) {
  if (text.size() < 2 || text.back() != ' ') return false;
  auto before = text.find_last_of(' ', text.size() - 2);
  auto letter = std::string_view(text).substr(before == std::string::npos ? 0 : before + 1);
  letter.remove_suffix(1);
  return (letter.size() == 1 && std::isalpha(static_cast<unsigned char>(letter[0]))) ||
         (letter.size() == 2 && (static_cast<unsigned char>(letter[0]) & 0xE0) == 0xC0);
}

// Skill chips set in a row ("Wound Care  Epic EHR") are parted by a gap several word spaces wide but under a wide
// space; a sentence's end (TeX) is not. Letter-spaced capitals ("G I U L I A   F E R R E R O") part their words by
// a gap a few letter gaps wide.
bool chip_gap(const Chunk& chunk, double gap, double size) {
  if (letter_spaced(chunk) && gap < 0.6 * size) return false;  // a word space after tracking: `respaced` parts the words
  if (chunk.word_space <= 0 || gap < 2.5 * chunk.word_space) return false;
  const auto& text = chunk.text;
  auto last_space = text.rfind(' ');
  if (last_space != std::string::npos && text.size() - last_space <= 2)  // a space or a lone letter closes the text
    return ends_in_spaced_letter(text) && gap >= 0.3 * size;
  return gap >= 0.45 * size && std::string_view(".,;:!?").find(text.back()) == std::string_view::npos;
}

// Starts a new chunk when the style changes, the baseline moves or the pen
// jumps back or far forward (more than a wide space, or a gap between chips).
bool continues(const Chunk& chunk, const Glyph& glyph) {
  if (chunk.empty()) return same_style(chunk, glyph) && std::abs(chunk.baseline - glyph.baseline) < 0.3 * glyph.size;
  double gap = glyph.box.x0 - chunk.box.x1;
  return same_style(chunk, glyph) && std::abs(chunk.baseline - glyph.baseline) < 0.3 * glyph.size &&
         gap > -0.5 * glyph.size && gap < 0.8 * glyph.size && !chip_gap(chunk, gap, glyph.size);
}

// TeX draws accents as separate spacing glyphs over the letter; turn them into
// combining marks so "Industri¨ele" reads "Industriële" after normalisation.
const char* combining_form(const std::string& text) {
  static const std::pair<const char*, const char*> accents[] = {
      {"\u00A8", "\u0308"}, {"\u00B4", "\u0301"}, {"`", "\u0300"}, {"\u02C6", "\u0302"}, {"^", "\u0302"},
      {"\u02DC", "\u0303"}, {"\u00B8", "\u0327"}, {"\u02DA", "\u030A"}, {"\u02C7", "\u030C"}, {"\u00AF", "\u0304"},
      {"\u02D8", "\u0306"}, {"\u02DD", "\u030B"}, {"\u02D9", "\u0307"}};
  for (const auto& [spacing, combining] : accents)
    if (text == spacing) return combining;
  return nullptr;
}

bool overlaps_horizontally(const Box& a, const Box& b) {
  double overlap = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
  return overlap > 0.5 * std::min(a.width(), b.width());
}

/// The gap, in ems of the glyph's size, past which two glyphs with no space drawn between them are two words: TeX draws
/// no spaces, and komacv's large name sets its one space under a seventh of an em ("Katharina Vogelsang"); in text
/// spread by tracking ("T a o" at 0.14 em), or before any letter gap shows how tight the word is, only a wider one.
constexpr double kWordGap = 0.13, kTrackedWordGap = 0.15;

void append_glyph(Chunk& chunk, const Glyph& glyph) {
  if (is_space(glyph.text)) {
    if (!chunk.text.empty() && chunk.text.back() != ' ') chunk.text += ' ';
    chunk.space_pending = !chunk.drawn.empty();
    return;
  }
  double gap = glyph.box.x0 - chunk.box.x1;
  // Judged on the letters before this gap: set mostly tight (a justified line's stretched spaces aside), the tighter
  // word gap.
  double word_gap = chunk.tight > 0 && chunk.tight > chunk.tracked ? kWordGap : kTrackedWordGap;
  chunk.drawn.push_back({glyph.text, chunk.empty() ? -1 : gap, std::exchange(chunk.space_pending, false)});
  // A gap after a space glyph is a word's, however narrow: no tracking (see `letter_spaced`).
  bool letter_gap = !chunk.empty() && !chunk.drawn.back().spaced;
  chunk.letter_gaps += letter_gap ? 1 : 0;
  chunk.tracked += letter_gap && tracking_gap(gap, glyph.size) ? 1 : 0;
  chunk.tight += letter_gap && gap <= 0.05 * glyph.size ? 1 : 0;
  if (!chunk.empty() && gap > word_gap * glyph.size && !chunk.text.empty() && chunk.text.back() != ' ')
    chunk.text += ' ';
  if (!chunk.empty() && !chunk.text.empty() && chunk.text.back() == ' ' && gap > 0)
    chunk.word_space = chunk.word_space > 0 ? std::min(chunk.word_space, gap) : gap;
  chunk.text += glyph.text;
  chunk.box = united(chunk.box, glyph.box);
}

/// A soft hyphen (glyph `k`) the next glyph starts after is a hyphen seen (Scribus's "Sint-Jozefsinstituut",
/// awesome-cv's "Back-end"); one the next glyph starts on only marks where a word may break (Chromium's "&shy;", drawn
/// with no advance).
bool shown_soft_hyphen(const std::vector<Glyph>& glyphs, size_t k) {
  const Glyph& hyphen = glyphs[k];
  const Glyph* next = k + 1 < glyphs.size() ? &glyphs[k + 1] : nullptr;
  bool same_line = next && std::abs(next->baseline - hyphen.baseline) < 0.3 * hyphen.size;
  return !same_line || next->box.x0 >= hyphen.box.x1 - 0.3 * hyphen.box.width();
}

std::vector<Chunk> make_chunks(const std::vector<Glyph>& glyphs) {
  std::vector<Chunk> chunks;
  Chunk current;
  const Glyph* previous = nullptr;
  const char* pending_accent = nullptr;  // accent drawn before its letter
  auto flush = [&] {
    // A space glyph, or a no-break or thin space drawn as a glyph ("k" + U+00A0: an icon, then the address in another
    // font with no gap left).
    current.space_after = current.text.ends_with(' ') || current.text.ends_with("\u00a0") || current.text.ends_with("\u2009") ||
                          current.text.ends_with("\u202f");
    while (!current.text.empty() && current.text.back() == ' ') current.text.pop_back();
    if (!current.empty()) chunks.push_back(std::move(current));
    current = Chunk{};
  };
  // A glyph that does not continue the chunk (other baseline, font, colour) starts a new one.
  auto add = [&](const Glyph& glyph) {
    if (current.font < 0 || !continues(current, glyph)) {
      flush();
      current.baseline = glyph.baseline;
      current.size = glyph.size;
      current.font = glyph.font;
      current.color = glyph.color;
      current.invisible = glyph.invisible;
      current.covered = glyph.covered;
    }
    append_glyph(current, glyph);
  };
  std::deque<Glyph> hyphens;  // soft hyphens read as hyphens, kept where `previous` may point at them
  for (const auto& drawn : glyphs) {
    // A soft hyphen beside a hyphen of its own adds nothing.
    bool soft_hyphen = drawn.text == "\u00ad";
    if (soft_hyphen) {
      if (!shown_soft_hyphen(glyphs, static_cast<size_t>(&drawn - glyphs.data())) || current.text.ends_with('-')) continue;
      hyphens.push_back(drawn);
      hyphens.back().text.assign(1, '-');
    }
    const Glyph& glyph = soft_hyphen ? hyphens.back() : drawn;
    if (const char* combining = combining_form(glyph.text)) {
      if (previous && !current.text.empty() && overlaps_horizontally(previous->box, glyph.box)) {
        current.text += combining;  // accent after its letter (pdfTeX)
        if (!current.drawn.empty()) current.drawn.back().text += combining;
        continue;
      }
      pending_accent = combining;  // accent before its letter (XeTeX, some Type 1)
      previous = &glyph;
      continue;
    }
    if (pending_accent && previous && overlaps_horizontally(previous->box, glyph.box) &&
        current.font >= 0 && continues(current, glyph)) {
      append_glyph(current, glyph);
      current.text += pending_accent;
      current.drawn.back().text += pending_accent;
      pending_accent = nullptr;
      previous = &glyph;
      continue;
    }
    if (pending_accent && previous) add(*previous);  // a lone accent: keep it as printed
    pending_accent = nullptr;
    previous = &glyph;
    add(glyph);
  }
  flush();
  respace_words(chunks);
  return chunks;
}

/// A glyph drawn again over itself (a shadow, a stroke over the fill, a "fake bold" double strike: tikzposter's title)
/// prints once: the same letter starting within a tenth of the type's size, and within a third of its own width (the
/// next letter of a double "ll" or "//" starts a whole advance on, however condensed the type), a fifth of the size up
/// or down. Glyphs are binned by position (bins wider than any such reach), so each is held against its neighbours
/// only; the page's glyphs are copied only when one is dropped.
std::vector<bool> overstruck(const std::vector<Glyph>& glyphs) {
  constexpr double kBin = 4.0;  // points; the reach is at most a tenth of the size, the drift a fifth
  auto bin = [](double v) { return static_cast<long long>(std::floor(v / kBin)); };
  auto key = [](long long x, long long y) { return (x << 32) ^ (y & 0xffffffff); };
  std::unordered_map<long long, std::vector<size_t>> bins;
  std::vector<bool> dropped(glyphs.size(), false);
  for (size_t g = 0; g < glyphs.size(); ++g) {
    const auto& glyph = glyphs[g];
    if (glyph.text.empty() || is_space(glyph.text)) continue;
    long long bx = bin(glyph.box.x0), by = bin(glyph.baseline);
    for (long long dx = -1; dx <= 1 && !dropped[g]; ++dx)
      for (long long dy = -1; dy <= 1 && !dropped[g]; ++dy)
        if (auto found = bins.find(key(bx + dx, by + dy)); found != bins.end())
          for (size_t k : found->second) {
            const auto& other = glyphs[k];
            double reach = std::min({other.box.width() / 3, glyph.box.width() / 3, 0.1 * glyph.size});
            dropped[g] = dropped[g] || (other.text == glyph.text && other.invisible == glyph.invisible && other.covered == glyph.covered &&
                                        std::abs(other.box.x0 - glyph.box.x0) < reach &&
                                        std::abs(other.baseline - glyph.baseline) < 0.2 * glyph.size);
          }
    if (!dropped[g]) bins[key(bx, by)].push_back(g);
  }
  return dropped;
}

// Some small-capital fonts map their "I" glyph to "i" ("SENiOR ENGiNEER" from Source Sans
// small caps): in a word of capitals, a lower-case i after the first letter is a capital
// ("ALVOR RAiL SYSTEMS"; not "iOS", and "GiB" has too few capitals to tell).
std::string small_capital_i(std::string text) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = start;
    int upper = 0;
    bool other_lower = false;
    while (end < text.size() && text[end] != ' ') {
      unsigned char c = static_cast<unsigned char>(text[end]);
      upper += std::isupper(c) ? 1 : 0;
      other_lower = other_lower || (std::islower(c) && c != 'i');
      ++end;
    }
    if (upper >= 3 && !other_lower)
      for (size_t k = start + 1; k < end; ++k)
        if (text[k] == 'i') text[k] = 'I';
    start = end + 1;
  }
  return text;
}

TextRun to_run(const Chunk& chunk, const PageContent& page, int page_number,
               const std::vector<FontInfo>& fonts, const std::vector<FontStyle>& styles) {
  TextRun run;
  run.text = small_capital_i(collapse_spaces(nfkc(chunk.text)));  // no-break spaces become runs of spaces
  run.space_after = chunk.space_after;
  run.location.page = page_number;
  run.location.box = chunk.box;
  auto font = static_cast<size_t>(chunk.font);
  if (font < fonts.size()) run.font = fonts[font].name;
  if (font < styles.size()) {
    run.bold = styles[font].bold;
    run.italic = styles[font].italic;
  }
  run.size = std::round(chunk.size * 10) / 10;
  run.color = chunk.color;
  run.hidden = chunk.invisible || chunk.covered;
  run.covered = chunk.covered;
  run.off_page = chunk.box.x1 <= 0 || chunk.box.y1 <= 0 || chunk.box.x0 >= page.width || chunk.box.y0 >= page.height;
  return run;
}

Line finish_line(std::vector<TextRun> runs, int page_number, int line_number) {
  std::sort(runs.begin(), runs.end(), [](const TextRun& a, const TextRun& b) {
    return a.location.box->x0 < b.location.box->x0;
  });
  Line line;
  Box box = *runs.front().location.box;
  const TextRun* previous = nullptr;
  for (size_t i = 0; i < runs.size(); ++i) {
    box = united(box, *runs[i].location.box);
    if (runs[i].covered) continue;  // painted over: no text a reader sees
    if (!line.text.empty() && word_break_between(*previous, runs[i])) line.text += ' ';
    line.text += runs[i].text;
    previous = &runs[i];
  }
  line.location.page = page_number;
  line.location.line = line_number;
  line.location.box = box;
  for (auto& run : runs) run.location.line = line_number;
  line.runs = std::move(runs);
  return line;
}

/// "… Sociedade de Advogados²": a footnote's number raised after a word of three letters or more (not "m²", "km²"),
/// a reference to the foot of the page, no part of the name. The number must open a note further down the page
/// (not "Agentur Raum³", "Windows¹⁰": a brand's own figure).
bool footnote_mark(const Chunk& base, const Chunk& script, const std::vector<Chunk>& chunks) {
  auto mark = trim(script.text);
  if (mark.empty() || mark.size() > 2 || !std::all_of(mark.begin(), mark.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return false;
  if (script.baseline > base.baseline - 0.2 * base.size) return false;  // raised, not a subscript
  size_t letters = 0;
  for (auto it = base.text.rbegin(); it != base.text.rend() && (std::isalpha(static_cast<unsigned char>(*it)) || (*it & 0x80)); ++it)
    letters += (static_cast<unsigned char>(*it) & 0xC0) != 0x80;
  if (letters < 3) return false;
  // The note: its number, then its words on the same baseline (not a page number alone).
  auto words_after = [&](const Chunk& note) {
    return std::any_of(chunks.begin(), chunks.end(), [&](const Chunk& other) {
      return &other != &note && std::abs(other.baseline - note.baseline) < 0.5 * base.size && other.box.x0 >= note.box.x1 - 1 &&
             other.box.x0 - note.box.x1 < 3 * base.size && character_count(trim(other.text)) >= 3;
    });
  };
  return std::any_of(chunks.begin(), chunks.end(), [&](const Chunk& note) {
    auto text = trim(note.text);
    if (&note == &script || note.baseline <= script.baseline + 3 * base.size || !text.starts_with(mark)) return false;
    if (text.size() == mark.size()) return words_after(note);
    return text[mark.size()] == ' ' && character_count(text) > mark.size() + 3;
  });
}

// "62,000 m²", "1st", "H₂O": a superscript or subscript set smaller beside its base text belongs to
// the base's line, not to a line of its own above or below it.
void attach_scripts(std::vector<Chunk>& chunks) {
  std::vector<size_t> by_right_edge(chunks.size());
  for (size_t i = 0; i < chunks.size(); ++i) by_right_edge[i] = i;
  std::sort(by_right_edge.begin(), by_right_edge.end(), [&](size_t a, size_t b) { return chunks[a].box.x1 < chunks[b].box.x1; });
  std::vector<std::pair<size_t, double>> marked;  // a word's chunk and the right edge of its footnote mark
  std::vector<std::ptrdiff_t> marks;                // the footnote marks' chunks
  for (auto& script : chunks) {
    if (script.empty() || character_count(trim(script.text)) > 4) continue;
    auto from = std::lower_bound(by_right_edge.begin(), by_right_edge.end(), script.box.x0 - 1.5 * script.size,
                                 [&](size_t i, double x) { return chunks[i].box.x1 < x; });
    for (auto it = from; it != by_right_edge.end() && chunks[*it].box.x1 <= script.box.x0 + 1; ++it) {
      const Chunk& base = chunks[*it];
      bool nearby = script.box.x0 - base.box.x1 <= 0.5 * base.size;
      bool raised_or_lowered = script.baseline >= base.baseline - 0.6 * base.size && script.baseline <= base.baseline + 0.35 * base.size;
      // Browsers set <sup> at 83 %; not beside a giant letter.
      bool script_sized = base.size >= 1.15 * script.size && base.size <= 2.2 * script.size;
      if (&base != &script && script_sized && nearby && raised_or_lowered) {
        // The mark's room stays the word's, so no space opens before the full stop after it ("Justiça¹.").
        if (footnote_mark(base, script, chunks)) marked.emplace_back(*it, script.box.x1), marks.push_back(&script - chunks.data());
        script.baseline = base.baseline;
        break;
      }
    }
  }
  for (auto [base, right] : marked) chunks[base].box.x1 = std::max(chunks[base].box.x1, right);
  std::sort(marks.begin(), marks.end());
  for (auto k = marks.rbegin(); k != marks.rend(); ++k) chunks.erase(chunks.begin() + *k);
}

/// Text turned a quarter (a name running up a side strip): glyphs on one baseline x and in one direction, in reading
/// order along y, each gap wider than the letters' own spacing by a fifth of an em a word space.
std::vector<Chunk> vertical_chunks(std::vector<Glyph> glyphs) {
  std::stable_sort(glyphs.begin(), glyphs.end(), [](const Glyph& a, const Glyph& b) {
    return a.vertical != b.vertical ? a.vertical > b.vertical : a.baseline < b.baseline;
  });
  std::vector<Chunk> chunks;
  for (size_t start = 0, end = 0; start < glyphs.size(); start = end) {
    for (end = start + 1; end < glyphs.size() && glyphs[end].vertical == glyphs[start].vertical &&
                          std::abs(glyphs[end].baseline - glyphs[start].baseline) < 0.4 * glyphs[start].size;
         ++end) {
    }
    std::vector<Glyph> line(glyphs.begin() + static_cast<std::ptrdiff_t>(start), glyphs.begin() + static_cast<std::ptrdiff_t>(end));
    bool upwards = line.front().vertical > 0;
    std::stable_sort(line.begin(), line.end(), [&](const Glyph& a, const Glyph& b) { return upwards ? a.box.y1 > b.box.y1 : a.box.y0 < b.box.y0; });
    auto gap_before = [&](size_t k) { return upwards ? line[k - 1].box.y0 - line[k].box.y1 : line[k].box.y0 - line[k - 1].box.y1; };
    std::vector<double> gaps;
    for (size_t k = 1; k < line.size(); ++k) gaps.push_back(gap_before(k));
    std::sort(gaps.begin(), gaps.end());
    double letter_gap = gaps.empty() ? 0 : std::max(0.0, gaps[gaps.size() / 3]);
    Chunk chunk;
    chunk.baseline = line.front().baseline;
    chunk.size = line.front().size;
    chunk.font = line.front().font;
    chunk.color = line.front().color;
    chunk.invisible = line.front().invisible;
    chunk.covered = line.front().covered;
    bool space_drawn = false;
    for (size_t k = 0; k < line.size(); ++k) {
      if (is_space(line[k].text)) {
        space_drawn = true;
        continue;
      }
      // Headings turned up a side strip, one per section ("PERSÖNLICHES", "BERUFSERFAHRUNG"): apart by lines of the
      // page, not by a word space.
      if (k > 0 && gap_before(k) > 3 * chunk.size && !chunk.text.empty()) {
        chunks.push_back(chunk);
        chunk.text.clear();
        chunk.box = Box{1e9, 1e9, -1e9, -1e9};
        space_drawn = false;
      }
      bool word_gap = k > 0 && (space_drawn || gap_before(k) > letter_gap + 0.2 * chunk.size);
      if (word_gap && !chunk.text.empty()) chunk.text += ' ';
      space_drawn = false;
      chunk.text += line[k].text;
      chunk.box = united(chunk.box, line[k].box);
    }
    if (!chunk.empty()) chunks.push_back(std::move(chunk));
  }
  return chunks;
}

/// Headings turned up a left strip, one beside each section (a TikZ rail of dark boxes): each with the top of the box
/// drawn behind it (or its own top), in page order, to be read where its section starts. None for a lone strip of text
/// (a name up the spine), which is read before the page.
std::vector<std::pair<double, size_t>> strip_heading_tops(const std::vector<Line>& strip, const PageContent& page) {
  std::vector<std::pair<double, size_t>> tops;
  if (strip.size() < 2) return tops;
  for (size_t k = 0; k < strip.size(); ++k) {
    const Box& heading = *strip[k].location.box;
    double size = strip[k].runs.front().size;
    bool beside_first = std::abs(heading.x0 - strip.front().location.box->x0) < size;
    if (!beside_first || std::count(strip[k].text.begin(), strip[k].text.end(), ' ') > 3) return {};
    double top = heading.y0;
    for (const auto& path : page.paths)
      if (path.filled && path.box.x0 <= heading.x0 + 1 && path.box.x1 >= heading.x1 - 1 && path.box.y0 <= heading.y0 + 1 &&
          path.box.y1 >= heading.y1 - 1 && path.box.x1 - path.box.x0 < 6 * size)
        top = std::min(top, path.box.y0);
    tops.emplace_back(top, k);
  }
  std::sort(tops.begin(), tops.end());
  return tops;
}

/// The x positions where three runs or more end on the page, within 1.5 pt: a text column's right margin.
std::vector<double> right_margins(const std::vector<Line>& body) {
  std::vector<double> ends;
  for (const auto& line : body)
    for (const auto& run : line.runs) ends.push_back(run.location.box->x1);
  std::sort(ends.begin(), ends.end());
  std::vector<double> margins;
  for (size_t k = 0; k + 2 < ends.size(); ++k)
    if (ends[k + 2] - ends[k] <= 1.5 && (margins.empty() || ends[k] - margins.back() > 1.5)) margins.push_back(ends[k]);
  return margins;
}

/// A path drawn around the run alone, little wider than it: a chip's or a tag's box.
bool boxed(const TextRun& run, const PageContent& page) {
  const Box& text = *run.location.box;
  return std::any_of(page.paths.begin(), page.paths.end(), [&](const PathBox& path) {
    return path.box.x0 <= text.x0 + 0.5 && path.box.x1 >= text.x1 - 0.5 && path.box.x1 - path.box.x0 < text.x1 - text.x0 + 2 * run.size &&
           path.box.y0 <= text.y1 && path.box.y1 >= text.y0;
  });
}

/// A stretch of runs on a line: `from`..`to` inclusive, the gaps between them from `narrowest` to `widest`.
struct WordRow {
  size_t from = 0, to = 0;
  double narrowest = 1e9, widest = 0;
};

bool one_word_like(const TextRun& run, const TextRun& other) {
  return run.text.find(' ') == std::string::npos && !run.hidden && run.font == other.font && run.size == other.size &&
         run.color == other.color && !is_bullet_symbol(run.text);
}

/// The line's stretches of runs of one type, one word each after the first ("∙ Örtliche", a list's glyph drawn with its
/// word, may open one), their gaps alike and wider than a word space, none in a box of its own (chips spaced between).
std::vector<WordRow> even_word_rows(const std::vector<TextRun>& runs, const PageContent& page) {
  std::vector<WordRow> rows;
  for (size_t from = 0; from < runs.size(); ++from) {
    WordRow row{from, from};
    while (row.to + 1 < runs.size() && one_word_like(runs[row.to + 1], runs[from])) ++row.to;
    for (size_t k = from + 1; k <= row.to; ++k) {
      double gap = runs[k].location.box->x0 - runs[k - 1].location.box->x1;
      row.narrowest = std::min(row.narrowest, gap);
      row.widest = std::max(row.widest, gap);
    }
    bool even = row.to >= from + 2 && row.narrowest > 0 && row.widest <= row.narrowest * 1.15 + 0.5 && row.widest > 0.4 * runs[from].size;
    for (size_t k = from; even && k <= row.to; ++k) even = !boxed(runs[k], page);
    if (even) rows.push_back(row);
    from = row.to;
  }
  return rows;
}

/// Prose, not a row of chips or of fields spread across a line ("Kotlin   Java   Python", "Senior Engineer   Flipkart
/// Bengaluru"): a word after the first in lower case, or closing on a comma, a stop or a hyphen ("Schleswig-").
bool reads_as_prose(const std::vector<TextRun>& runs, const WordRow& row) {
  for (size_t k = row.from + 1; k <= row.to; ++k) {
    const auto& word = runs[k].text;
    if ((!word.empty() && std::islower(static_cast<unsigned char>(word.front()))) ||
        (word.size() > 1 && std::string_view(",.;:-").find(word.back()) != std::string_view::npos))
      return true;
  }
  return false;
}

/// A row of evenly stretched words ending on a margin: a justified line whose writer placed every word (LibreOffice's
/// export). Four words, or three after a list's glyph ("∙ Örtliche   Bauüberwachung   bei") or over the paragraph's next
/// line, starting where they do ("Vertiefung   Wasserbau   und" / "Küsteningenieurwesen").
bool justified_row(const std::vector<TextRun>& runs, const WordRow& row, const std::vector<double>& margins, const Line* below) {
  auto opening = runs[row.from].text.substr(0, runs[row.from].text.find(' '));
  bool after_marker = (row.from > 0 && is_bullet_symbol(trim(runs[row.from - 1].text))) || is_bullet_symbol(opening);
  double start = runs[row.from].location.box->x0;
  bool paragraph_goes_on = below && std::any_of(below->runs.begin(), below->runs.end(), [&](const TextRun& run) {
    return std::abs(run.location.box->x0 - start) <= 1 && run.font == runs[row.from].font;
  });
  if (row.to < row.from + (after_marker || paragraph_goes_on ? 2 : 3) || !reads_as_prose(runs, row)) return false;
  double end = runs[row.to].location.box->x1;
  return std::any_of(margins.begin(), margins.end(), [&](double margin) { return end >= margin - 0.1 && end <= margin + 1.6; });
}

/// "Fachliche     Betreuung      von      zwei": a justified line drawn word by word reads as one run, its stretched
/// spaces single ones (else they part fields like chips or columns). Other rows on the line stretched by the same
/// space are justified too, parted only by an icon's glyph ("B Süderstraße   41,   25813   Husum   T   04841   662 …").
void join_justified_words(std::vector<Line>& body, const PageContent& page, int page_number) {
  auto margins = right_margins(body);
  if (margins.empty()) return;
  for (size_t i = 0; i < body.size(); ++i) {
    auto& runs = body[i].runs;
    auto rows = even_word_rows(runs, page);
    std::vector<double> stretched_spaces;
    for (const auto& row : rows)
      if (justified_row(runs, row, margins, i + 1 < body.size() ? &body[i + 1] : nullptr)) stretched_spaces.push_back(row.narrowest);
    if (stretched_spaces.empty()) continue;
    for (auto row = rows.rbegin(); row != rows.rend(); ++row) {
      bool alike = std::any_of(stretched_spaces.begin(), stretched_spaces.end(), [&](double space) {
        return std::abs(row->narrowest - space) <= 0.6 && std::abs(row->widest - space) <= 0.6;
      });
      if (!alike) continue;
      auto& first = runs[row->from];
      for (size_t k = row->from + 1; k <= row->to; ++k) {
        first.text += " " + runs[k].text;
        first.location.box = united(*first.location.box, *runs[k].location.box);
      }
      first.space_after = runs[row->to].space_after;
      runs.erase(runs.begin() + static_cast<std::ptrdiff_t>(row->from + 1), runs.begin() + static_cast<std::ptrdiff_t>(row->to + 1));
    }
    body[i] = finish_line(std::move(runs), page_number, 0);
  }
}

}  // namespace

int build_lines(const PageContent& page, int page_number, const std::vector<FontInfo>& fonts,
                const std::vector<FontStyle>& styles, std::vector<Line>& out) {
  auto dropped = overstruck(page.glyphs);
  std::vector<Glyph> kept, sideways;
  bool any_sideways = std::any_of(page.glyphs.begin(), page.glyphs.end(), [](const Glyph& glyph) { return glyph.vertical != 0; });
  if (any_sideways || std::find(dropped.begin(), dropped.end(), true) != dropped.end())
    for (size_t g = 0; g < page.glyphs.size(); ++g) {
      if (page.glyphs[g].vertical != 0) sideways.push_back(page.glyphs[g]);
      else if (!dropped[g]) kept.push_back(page.glyphs[g]);
    }
  // A strip of sideways text at the left is read before the page, one at the right after it.
  std::vector<Line> left_strip, right_strip;
  int chars = 0;
  for (const auto& chunk : vertical_chunks(std::move(sideways))) {
    TextRun run = to_run(chunk, page, page_number, fonts, styles);
    if (!run.hidden && !run.off_page)
      for (char c : run.text) chars += c != ' ' && (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    bool left = (chunk.box.x0 + chunk.box.x1) / 2 < page.width / 2;
    (left ? left_strip : right_strip).push_back(finish_line({std::move(run)}, page_number, 0));
  }
  std::vector<Chunk> chunks = make_chunks(any_sideways || !kept.empty() ? kept : page.glyphs);
  attach_scripts(chunks);
  std::stable_sort(chunks.begin(), chunks.end(), [](const Chunk& a, const Chunk& b) { return a.baseline < b.baseline; });
  std::vector<Line> body;
  std::vector<TextRun> runs;
  std::vector<std::pair<double, double>> baselines;  // each chunk's baseline and size on the line being built
  for (const auto& chunk : chunks) {
    // Within four tenths of an em of the baseline that opened the line, or on another chunk's baseline there within
    // a seventh of one: a sidebar's line a little higher may have opened it ("Institute email" beside "Design Intern",
    // the chip "Internship · Remote" between their baselines). Not a logo's or an icon's, set lower still.
    bool same_line = !baselines.empty() && std::abs(chunk.baseline - baselines.front().first) <
                                               0.4 * std::min(chunk.size, baselines.front().second);
    same_line = same_line || std::any_of(baselines.begin(), baselines.end(), [&](const std::pair<double, double>& other) {
      return std::abs(chunk.baseline - other.first) < 0.15 * std::min(chunk.size, other.second);
    });
    if (!runs.empty() && !same_line) {
      body.push_back(finish_line(std::move(runs), page_number, 0));
      runs.clear();
      baselines.clear();
    }
    baselines.emplace_back(chunk.baseline, chunk.size);
    TextRun run = to_run(chunk, page, page_number, fonts, styles);
    if (!run.hidden && !run.off_page)
      for (char c : run.text) chars += c != ' ' && (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    runs.push_back(std::move(run));
  }
  if (!runs.empty()) body.push_back(finish_line(std::move(runs), page_number, 0));
  join_justified_words(body, page, page_number);
  int line_number = 0;
  auto emit = [&](Line line) {
    line.location.line = ++line_number;
    for (auto& run : line.runs) run.location.line = line_number;
    out.push_back(std::move(line));
  };
  auto headings = strip_heading_tops(left_strip, page);
  if (headings.empty())
    for (auto& line : left_strip) emit(std::move(line));
  size_t next_heading = 0;
  for (auto& line : body) {
    for (; next_heading < headings.size() && headings[next_heading].first <= line.location.box->y0 + 2; ++next_heading)
      emit(std::move(left_strip[headings[next_heading].second]));
    emit(std::move(line));
  }
  for (; next_heading < headings.size(); ++next_heading) emit(std::move(left_strip[headings[next_heading].second]));
  for (auto& line : right_strip) emit(std::move(line));
  return chars;
}

}  // namespace atslint::pdf

