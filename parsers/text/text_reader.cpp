#include "parsers/text/text_reader.h"

#include <libxml/HTMLparser.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <set>
#include <utility>

#include "linter/error.h"
#include "linter/text_util.h"
#include "parsers/common/word_layout.h"
#include "parsers/frontend.h"
#include "parsers/text/decode.h"

namespace atslint {
namespace {

// Glyphs people type or paste as bullets, longest first so "➢" is not split.
const char* const kBulletGlyphs[] = {"•", "◦", "▪", "▫", "‣", "●", "○", "■", "□", "➢", "➤", "►", "▶",
                                     "✓", "✔", "–", "—", "-", "*", "+", "·"};

struct ListMarker {
  std::string marker;
  size_t length = 0;  ///< bytes of marker plus following whitespace
};

/// "🍽️ ", "🎓 ": a picture emoji (its variation selector with it) and the space after it, opening a line as an icon; 0
/// when the line opens otherwise.
size_t leading_picture_length(std::string_view text) {
  int32_t at = 0, length = static_cast<int32_t>(text.size());
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), at, length, c);
  if (c < 0 || !u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) || c < 0x2000) return 0;
  auto end = static_cast<size_t>(at);
  if (text.substr(end).starts_with("\uFE0F")) end += 3;
  return end < text.size() && text[end] == ' ' ? end + 1 : 0;
}

ListMarker find_list_marker(std::string_view text) {
  for (const char* glyph : kBulletGlyphs) {
    std::string_view g(glyph);
    if (!text.starts_with(g)) continue;
    // "▪️ *Motorista*": a chat app's emoji form of the glyph, its variation selector after it.
    size_t end = text.substr(g.size()).starts_with("\uFE0F") ? g.size() + 3 : g.size();
    if (text.size() > end && (text[end] == ' ' || text[end] == '\t')) return {std::string(g), end + 1};
  }
  // "Ø  Responsible for …", "§  SAP PM": Word's Wingdings bullets pasted as the letters they share a code with, a tab
  // or two spaces after them (not "§ 34a GewO" nor "Ø 12 mm").
  for (const char* glyph : {"Ø", "§"}) {
    std::string_view g(glyph);
    if (text.starts_with(g) && (text.substr(g.size()).starts_with("  ") || text.substr(g.size()).starts_with("\t"))) {
      size_t end = text.find_first_not_of(" \t", g.size());
      return {std::string(g), end == std::string_view::npos ? text.size() : end};
    }
  }
  // Numbered items: "1." "2)" "10."
  size_t digits = 0;
  while (digits < text.size() && digits < 3 && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits > 0 && digits + 1 < text.size() && (text[digits] == '.' || text[digits] == ')') &&
      text[digits + 1] == ' ')
    return {std::string(text.substr(0, digits + 1)), digits + 2};
  return {};
}

struct Markdown {
  // The title after the URL must start with a space: `[^)\s]+[^)]*` could split a
  // long unclosed "[a](..." run in every way and went cubic (over 20 s a line).
  const std::regex link{R"(!?\[([^\]]*)\]\(([^)\s]+)(?:\s[^)]*)?\))"};
  const std::regex autolink{R"(<((?:https?://|mailto:)[^>]+)>)"};
  // Kramdown's own forms only ("{:toc}", "{: .no_toc }", "{: #id .class }"), not code's "{:ok, state}"; alone on the
  // line or glued to the word closing it, not named in a sentence ("IALs such as {:toc}").
  const std::regex attribute_list{R"((?:^\s*|\s*[^\s{}`]+)\{:\s*(?:toc|[.#][\w-]+(?:\s+[.#][\w-]+)*)\s*\}\s*$)"};
  const std::regex badge_link{R"(\[!\[([^\]]*)\]\([^)\s]+(?:\s[^)]*)?\)\]\()"};
  // Opening or closing the text only: "## :briefcase: Werkervaring", "Hoi, ik ben Bram :wave:"; not reST's ":ref:" role.
  const std::regex emoji_shortcode{R"(^(?:\s*:[a-z][a-z0-9_+\-]{1,30}:)+\s+|\s+(?::[a-z][a-z0-9_+\-]{1,30}:\s*)+$)"};
  // MkDocs Material's icons ("## :material-briefcase-outline: Experience", ":fontawesome-brands-linkedin: LinkedIn"):
  // a set's name and the icon's, parted by hyphens, wherever they stand.
  const std::regex icon_shortcode{R"((^|[\s\[(]):[a-z][a-z0-9]*(?:-[a-z0-9]+)+:(?:\s|$))"};
  // Its admonitions and content tabs: "!!! note "Work placement"", "??? info "Referees"", "=== "Kilbride Construction"".
  // The title or the tab's label is a line of text; the marker, of a type MkDocs knows, is none.
  const std::regex block_marker{
      R"re(^(?:(?:!!!|\?\?\?)\+?\s+(?:note|abstract|summary|tldr|info|todo|tip|hint|important|success|check|done|question|help|faq|warning|caution|attention|failure|fail|missing|danger|error|bug|example|quote|cite)(?:\s+[a-z][\w-]*)*\s*(?:"([^"]*)")?|===\+?\s+"([^"]*)")\s*$)re"};
  const std::regex emphasis{R"((\*\*|\*|~~|`)(\S(?:.*?\S)?)\1)"};
  const std::regex underscores{R"(\b(__?)([^_\s](?:[^_]*[^_\s])?)\1\b)"};
  const std::regex comment{R"(<!--.*?-->)"};
  // "`AWS` `GCP` `Hetzner`": code spans set side by side as chips, one item each.
  const std::regex code_chips{R"(`[ \t]+`)"};
  // Raw HTML, which Markdown allows: a tag of the elements a README's header is made of.
  const std::regex html_tag{
      R"(</?(?:p|div|span|h[1-6]|a|img|b|i|em|strong|br|hr|sub|sup|small|center|table|tr|td|th|ul|ol|li|picture|source|details|summary|code|header|footer|section|article|main|aside|nav|figure|figcaption|address|blockquote|dl|dt|dd|time|mark|abbr|kbd|u|s|del|ins|font)(?:\s[^<>]*)?/?>)",
      std::regex::icase};
  const std::regex html_heading{R"(^\s*<h([1-6])[\s>])", std::regex::icase};
  // MDX (Docusaurus): React components ("<Tabs groupId=…>", "<TabItem …>", "<Link to=…>") are named in capitals.
  const std::regex jsx_tag{R"(</?[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)*(?:\s[^<>]*)?/?>)"};
  // MDX's module lines and its admonition fences (":::info Verfügbarkeit" … ":::", pandoc's "::: {.note}"): no text.
  const std::regex mdx_module{R"(^(?:import|export)\s.*\bfrom\s+['"][^'"]+['"];?\s*$)"};
  const std::regex fence_div{R"(^:::+(?:\s*\S.*)?$)"};
  // A heading's attributes closing it: pandoc's and Docusaurus's "## Kurzprofil {#kurzprofil}", "{.unnumbered}".
  const std::regex heading_attributes{R"(\s*\{[#.][^{}]*\}\s*$)"};
  // Obsidian's and wikis' "[[Cardiff University]]", "[[Notes/ONS|Office for National Statistics]]": the shown name.
  // Not "df[[1]]" (code) nor "[[PDF]](…)" (a link's label in brackets).
  // Zettelkasten's "[[20231004 Proyecto cohetes]]": the note's timestamp ID before its title is no word of it.
  const std::regex wikilink{R"((^|[^\w`\]])\[\[(?:[^\]|]*\|)?(?:\d{8,14}\s+(?=\S))?([^\]|]+)\]\](?!\())"};
  // Pandoc's bracketed spans, "[Sadashiv Constructions]{.company}": the text, its attributes no words.
  const std::regex bracketed_span{R"(\[([^\[\]]*)\]\{[#.][^{}]*\})"};
  // "[AutoCAD]{.chip} [ETABS]{.chip}": spans side by side as chips, one item each.
  const std::regex span_chips{R"((\]\{[#.][^{}]*\})[ \t]+(?=\[[^\[\]]*\]\{[#.]))"};
};

const Markdown& markdown() {
  static const Markdown patterns;
  return patterns;
}

/// Applies `pattern` only when `needed` occurs: std::regex backtracks badly on
/// long lines that almost match, and most lines hold no markup at all.
std::string replace_if(const std::string& text, std::string_view needed, const std::regex& pattern,
                       const char* format) {
  if (text.find(needed) == std::string::npos) return text;
  return std::regex_replace(text, pattern, format);
}

/// "Lyon&nbsp;|&nbsp;06 47 …", "R&amp;D": HTML character references, which Markdown allows inline,
/// as the characters they name (libxml2 knows HTML's entity names).
std::string decode_entities(const std::string& text) {
  if (text.find('&') == std::string::npos) return text;
  static const std::regex kReference{R"(&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"};
  std::string out;
  auto last = text.cbegin();
  for (std::sregex_iterator it(text.begin(), text.end(), kReference), end; it != end; ++it) {
    const auto name = (*it)[1].str();
    unsigned long code = 0;
    if (name[0] == '#') code = std::stoul(name.substr(name[1] == 'x' || name[1] == 'X' ? 2 : 1), nullptr, name[1] == 'x' || name[1] == 'X' ? 16 : 10);
    else if (const auto* entity = htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()))) code = entity->value;
    if (code == 0 || code > 0x10FFFF) continue;  // unknown: left as typed
    out.append(last, (*it)[0].first);
    append_utf8(out, code == 0xA0 ? U' ' : static_cast<char32_t>(code));  // a no-break space reads as a space
    last = (*it)[0].second;
  }
  out.append(last, text.cend());
  return out;
}

/// Three or more HTML character references ("&eacute;", "&#8211;") in `text`.
bool holds_character_references(const std::string& text) {
  static const std::regex kReference{R"(^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"};
  size_t found = 0;
  // From each '&' only (a regex run over a whole long text is slow): the longest reference is 34 bytes.
  for (size_t at = text.find('&'); at != std::string::npos && found < 3; at = text.find('&', at + 1)) {
    auto window = std::string_view(text).substr(at, 34);
    found += std::regex_search(window.begin(), window.end(), kReference) ? 1 : 0;
  }
  return found >= 3;
}

/// Appends what GitHub shows of `node` and its children: text, an image by its alt text; `link` takes the first
/// link's target.
void append_html_text(xmlNode* node, std::string& out, std::string& link) {
  for (; node; node = node->next) {
    if (node->type == XML_TEXT_NODE && node->content) out += reinterpret_cast<const char*>(node->content);
    if (node->type != XML_ELEMENT_NODE) continue;
    auto attribute = [&](const char* name) {
      std::unique_ptr<xmlChar, decltype(xmlFree)> value(xmlGetProp(node, reinterpret_cast<const xmlChar*>(name)), xmlFree);
      return value ? std::string(reinterpret_cast<const char*>(value.get())) : std::string();
    };
    std::string_view tag = reinterpret_cast<const char*>(node->name);
    if (tag == "a" && link.empty()) link = attribute("href");
    if (tag == "img") out.append(" ").append(attribute("alt")).append(" ");
    if (tag == "br" || tag == "p" || tag == "div" || tag == "td" || tag == "th" || tag == "li") out += ' ';
    append_html_text(node->children, out, link);
  }
}

/// `<p align="center"><b>Engenheira</b> · Backend</p>`, `<a href="…"><img alt="LinkedIn"></a>`: a line of raw HTML
/// read by libxml2's HTML parser as GitHub shows it; a lone `<p>` or `</p>` reads as nothing.
std::string html_text(const std::string& text, std::string& link) {
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      htmlReadMemory(text.data(), static_cast<int>(text.size()), nullptr, "UTF-8",
                     HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_NOBLANKS),
      xmlFreeDoc);
  std::string out;
  if (doc) append_html_text(xmlDocGetRootElement(doc.get()), out, link);
  return collapse_spaces(out);
}

/// The elements named one of `tags` under `node`, in the order printed (not looking inside those found).
void collect_elements(xmlNode* node, std::initializer_list<std::string_view> tags, std::vector<xmlNode*>& found) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    std::string_view tag = reinterpret_cast<const char*>(node->name);
    if (std::find(tags.begin(), tags.end(), tag) != tags.end()) found.push_back(node);
    else collect_elements(node->children, tags, found);
  }
}

/// A README's `<tr>` spread over lines, read as a row: its cells on one line parted by a column gap, or, where a cell
/// holds a list (a job's duties), one "- item" line per list item below. A row of column headers is none.
std::vector<std::string> html_row_lines(const std::string& row) {
  auto table = "<table>" + row + "</table>";
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      htmlReadMemory(table.data(), static_cast<int>(table.size()), nullptr, "UTF-8",
                     HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_NOBLANKS),
      xmlFreeDoc);
  std::vector<std::string> lines;
  if (!doc) return lines;
  std::vector<xmlNode*> cells, headers;
  collect_elements(xmlDocGetRootElement(doc.get()), {"td", "th"}, cells);
  for (xmlNode* cell : cells)
    if (std::string_view(reinterpret_cast<const char*>(cell->name)) == "th") headers.push_back(cell);
  // "<th>Role</th> <th>Company</th>": a header row names the columns, no content ("<th>Experience</th>" alone titles one).
  if (headers.size() >= 2 && headers.size() == cells.size()) return lines;
  std::string link;
  auto text_of = [&](xmlNode* node) {
    std::string out;
    append_html_text(node->children, out, link);
    return std::string(trim(collapse_spaces(out)));
  };
  // A cell's list (a job's duties) goes below the row's other cells, one "- item" line each.
  std::vector<std::string> items;
  // "<b>B.Tech, …</b><br/>College of Engineering Trivandrum": a cell's break starts its next line, below the row.
  std::string joined;
  std::vector<std::string> below;
  for (xmlNode* cell : cells) {
    std::vector<xmlNode*> listed;
    collect_elements(cell->children, {"li"}, listed);
    for (xmlNode* item : listed)
      if (auto text = text_of(item); !text.empty()) items.push_back("- " + text);
    if (!listed.empty()) continue;
    std::vector<std::string> parts{""};
    for (xmlNode* child = cell->children; child; child = child->next) {
      if (child->type == XML_ELEMENT_NODE && std::string_view(reinterpret_cast<const char*>(child->name)) == "br") parts.emplace_back();
      else if (child->type == XML_TEXT_NODE && child->content) parts.back() += reinterpret_cast<const char*>(child->content);
      else if (child->type == XML_ELEMENT_NODE) append_html_text(child->children, parts.back(), link);
    }
    std::vector<std::string> kept;
    for (auto& part : parts)
      if (auto text = std::string(trim(collapse_spaces(part))); !text.empty()) kept.push_back(text);
    if (kept.empty()) continue;
    joined += (joined.empty() ? "" : "   ") + kept.front();
    below.insert(below.end(), kept.begin() + 1, kept.end());
  }
  if (!joined.empty()) lines.push_back(joined);
  lines.insert(lines.end(), below.begin(), below.end());
  lines.insert(lines.end(), items.begin(), items.end());
  return lines;
}

/// "%F0%9F%93%8D-Enschede%2C%20NL-2E7D32": a shields.io static badge's path, its parts (label, message, colour) apart:
/// "--" is a dash and "__" an underscore in them, "_" a space.
std::vector<std::string> badge_parts(std::string_view path) {
  std::vector<std::string> parts(1);
  for (size_t i = 0; i < path.size(); ++i) {
    char c = path[i];
    bool doubled = i + 1 < path.size() && path[i + 1] == c;
    if ((c == '-' || c == '_') && doubled) {
      parts.back() += c;
      ++i;
    } else if (c == '-') {
      parts.emplace_back();
    } else if (c == '_') {
      parts.back() += ' ';
    } else if (c == '%' && i + 2 < path.size() && std::isxdigit(static_cast<unsigned char>(path[i + 1])) &&
               std::isxdigit(static_cast<unsigned char>(path[i + 2]))) {
      parts.back() += static_cast<char>(std::stoi(std::string(path.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      parts.back() += c;
    }
  }
  return parts;
}

/// A shields.io badge read as its picture's alt text (which the link reader takes), but where the badge shows more:
/// "![Zephyr](…/badge/Zephyr_RTOS-AF7FE4)" shows "Zephyr RTOS", "![Locatie](…/badge/📍-Enschede, NL-2E7D32)" an
/// icon before "Enschede, NL". A label in words before a message ("Java-17", "GitLab-bhulshof") keeps the alt text.
std::string read_badges(const std::string& text) {
  static const std::regex kBadge{R"(!\[([^\]]*)\]\(https?://img\.shields\.io/badge/([^)\s?]+)[^)\s]*\))"};
  std::string out;
  auto last = text.cbegin();
  for (std::sregex_iterator it(text.begin(), text.end(), kBadge), end; it != end; ++it) {
    auto parts = badge_parts((*it)[2].str());
    if (parts.size() < 2) continue;
    parts.pop_back();  // the colour
    auto alt = fold_case((*it)[1].str());
    std::string shown;
    if (parts.size() == 1 && fold_case(parts[0]).starts_with(alt) && parts[0].size() > alt.size()) shown = parts[0];
    else if (parts.size() >= 2 && !has_letter(parts[0])) shown = parts[0] + " " + parts[1];
    if (shown.empty()) continue;
    out.append(last, (*it)[0].first);
    out += shown;
    last = (*it)[0].second;
  }
  out.append(last, text.cend());
  return out;
}

/// A colon opening a lower-case word after a space or the line's start (":material-…"): the cheap test before the
/// icon regex, as most lines with a colon are "Label: value".
bool has_icon_shortcode_start(std::string_view text) {
  for (size_t at = text.find(':'); at != std::string_view::npos; at = text.find(':', at + 1))
    if ((at == 0 || text[at - 1] == ' ' || text[at - 1] == '[' || text[at - 1] == '(') && at + 1 < text.size() &&
        std::islower(static_cast<unsigned char>(text[at + 1])))
      return true;
  return false;
}

/// "Rhein\-Wied", "\+49", "Disponent\*innen" (Google Docs' Markdown): a backslash before punctuation prints the
/// punctuation itself. Each escaped mark becomes a private-use character (U+E000 plus the mark) that no emphasis,
/// link or heading pattern takes, put back by `restore_escapes`.
std::string hide_escapes(const std::string& text) {
  if (text.find('\\') == std::string::npos) return text;
  std::string out;
  bool code = false;  // inside a code span a backslash is itself ("`C:\\Tools\\`")
  for (size_t i = 0; i < text.size(); ++i) {
    code = code != (text[i] == '`');
    unsigned char next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (code || text[i] != '\\' || next >= 0x80 || !std::ispunct(next)) {
      out += text[i];
      continue;
    }
    char32_t hidden = 0xE000 + next;
    out += static_cast<char>(0xE0 | (hidden >> 12));
    out += static_cast<char>(0x80 | ((hidden >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (hidden & 0x3F));
    ++i;
  }
  return out;
}

std::string restore_escapes(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    auto second = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (byte == 0xEE && (second == 0x80 || second == 0x81) && i + 2 < text.size()) {
      out += static_cast<char>(((second & 0x3F) << 6) | (static_cast<unsigned char>(text[i + 2]) & 0x3F));
      i += 2;
      continue;
    }
    out += text[i];
  }
  return out;
}

/// Pandoc's Markdown passes raw LaTeX through ("\begin{center}", "{\LARGE\textbf{Alessia Ramella}}\\[3pt]",
/// "\faPhone*\ +39 … \quad", "Process Engineer \hfill 09/2019"): the text it typesets, a link as Markdown's,
/// spacing as a column gap.
std::string latex_as_text(const std::string& line) {
  bool command = false;
  for (size_t i = 0; i + 1 < line.size() && !command; ++i) command = line[i] == '\\' && std::isalpha(static_cast<unsigned char>(line[i + 1]));
  if (!command) return line;
  // Only a line typeset with LaTeX's own commands: not a regex's "\d{3}", a Windows path or a code name in prose.
  static const std::regex kTypeset{
      R"(\\(?:begin|end|href|url|hfill|quad|qquad|hspace|vspace|textbf|textit|emph|textsc|textcolor|fa[A-Z][A-Za-z]*|tiny|small|large|Large|LARGE|huge|Huge|bfseries|itshape|centering|noindent)(?![A-Za-z]))"};
  if (!std::regex_search(line, kTypeset)) return line;
  static const std::vector<std::pair<std::regex, std::string>> kRules = {
      {std::regex(R"(\\(?:begin|end)\{[^}]*\}(?:\[[^\]]*\])?(?:\{[^}]*\})?)"), ""},
      {std::regex(R"(\\href\{([^}]*)\}\{([^}]*)\})"), "[$2]($1)"},
      {std::regex(R"(\\url\{([^}]*)\})"), "$1"},
      {std::regex(R"(\s*\\(?:hfill|quad|qquad|hspace\*?\{[^}]*\})\s*)"), "   "},
      {std::regex(R"(\\\\(?:\[[^\]]*\])?)"), ""},
      {std::regex(R"(\\fa[A-Za-z]+\*?(?:\\ )?\s*)"), ""},
      {std::regex(R"(\\(?:vspace|vskip)\*?\{[^}]*\})"), ""},
      {std::regex(R"(\\(?:tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge|bfseries|itshape|scshape|centering|noindent|par|raggedright)(?![A-Za-z])\s*)"), ""},
      {std::regex(R"(\\(?:textbf|textit|emph|textsc|underline|mbox|text|textcolor\{[^}]*\})\{)"), "{"},
      {std::regex(R"(\\ )"), " "},
      {std::regex(R"([{}])"), ""}};
  std::string out = line;
  for (const auto& [pattern, replacement] : kRules) out = std::regex_replace(out, pattern, replacement);
  return out;
}

/// Strips inline Markdown, keeping the first link target seen.
std::string strip_inline_markdown(const std::string& escaped, std::string& link) {
  std::string source = hide_escapes(latex_as_text(escaped));
  // "[![GitLab](https://img.shields.io/…)](https://gitlab.com/x)": a badge's picture inside a link reads as its alt
  // text, the link's target kept.
  const std::string text =
      replace_if(source.find("img.shields.io/badge/") == std::string::npos ? source : read_badges(source), "[![", markdown().badge_link, "[$1](");
  size_t link_start = text.find("](");
  bool may_link = link_start != std::string::npos && text.find(')', link_start) != std::string::npos;
  std::smatch match;
  // The first link's target; a picture's source ("![Python](https://img.shields.io/…)") is none.
  bool linked = false;
  if (may_link)
    for (std::sregex_iterator it(text.begin(), text.end(), markdown().link), end; it != end && !linked; ++it)
      if (!(*it)[0].str().starts_with("!")) {
        link = (*it)[2];
        linked = true;
      }
  if (!linked && text.find("<") != std::string::npos && std::regex_search(text, match, markdown().autolink)) link = match[1];
  std::string out = decode_entities(replace_if(text, "<!--", markdown().comment, ""));
  if (may_link) out = std::regex_replace(out, markdown().link, "$1");
  out = replace_if(out, "<", markdown().autolink, "$1");
  out = replace_if(out, "[[", markdown().wikilink, "$1$2");
  out = replace_if(out, "]{", markdown().span_chips, "$1, ");
  out = replace_if(out, "]{", markdown().bracketed_span, "$1");
  out = replace_if(out, "` `", markdown().code_chips, "`, `");
  if (out.find_first_of("*~`") != std::string::npos) out = std::regex_replace(out, markdown().emphasis, "$2");
  out = replace_if(out, "_", markdown().underscores, "$2");
  // Kramdown's attribute lists ("{: .no_toc }", "{:toc}") style the text; a word they are glued to is a label badge
  // ("Current{: .label .label-green }", Just the Docs), no part of the sentence.
  out = replace_if(out, "{:", markdown().attribute_list, "");
  if (has_icon_shortcode_start(out)) out = std::regex_replace(out, markdown().icon_shortcode, "$1");
  // ":wave:", ":briefcase:": GitHub's and GitLab's emoji shortcodes are pictures, no words.
  // Tried only where the line opens or closes on a colon: most lines with one are "Label: value".
  if (auto ends = trim(out); !ends.empty() && (ends.front() == ':' || ends.back() == ':'))
    out = std::regex_replace(out, markdown().emoji_shortcode, "");
  return source.size() == escaped.size() ? out : restore_escapes(out);
}

/// Emacs org-mode's CV (org-cv): "#+TITLE:" settings, "* Section" headings, ":PROPERTIES:" drawers.
bool is_org_mode(const std::vector<std::string>& source) {
  static const std::regex kSetting{R"(^#\+(?:TITLE|AUTHOR|EMAIL):\s*\S)", std::regex::icase};
  static const std::regex kHeading{R"(^\*+\s+\S)"};
  bool settings = false, headings = false, drawers = false;
  for (const auto& line : source) {  // every line of every text file: the regexes only where the first byte fits
    settings = settings || (line.starts_with("#+") && std::regex_search(line, kSetting));
    headings = headings || (line.starts_with('*') && std::regex_search(line, kHeading));
    drawers = drawers || trim(line) == ":PROPERTIES:";
  }
  return headings && (settings || drawers);
}

std::string to_upper_ascii(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

/// "<2020-02-03 Mon>" -> "02/2020"; "present" stays.
std::string org_date(std::string_view value) {
  static const std::regex kStamp{R"(^[<\[](\d{4})-(\d{2})(?:-\d{2})?[^>\]]*[>\]]$)"};
  std::string text(trim(value));
  std::smatch stamp;
  return std::regex_match(text, stamp, kStamp) ? stamp.str(2) + "/" + stamp.str(1) : text;
}

/// A drawer's employer, town and dates as one line: "**Tohu Spatial Limited** | Wellington | 02/2020 – present".
std::string drawer_line(const std::map<std::string, std::string>& drawer) {
  auto value = [&](const char* key) {
    auto found = drawer.find(key);
    return found == drawer.end() ? std::string() : found->second;
  };
  std::string dates = value("FROM").empty() ? "" : org_date(value("FROM"));
  if (!dates.empty() && !value("TO").empty()) dates += " – " + org_date(value("TO"));
  std::string line = value("EMPLOYER").empty() ? "" : "**" + value("EMPLOYER") + "**";
  for (const auto& part : {value("LOCATION"), dates})
    if (!part.empty()) line += (line.empty() ? "" : " | ") + part;
  return line;
}

/// The org-mode CV as the Markdown it would export to, line for line (so locations keep their line numbers): settings
/// become the contact lines, "*" headings "##", a drawer "**Employer** | Town | dates" where it ends.
std::vector<std::string> org_as_markdown(const std::vector<std::string>& source) {
  static const std::regex kSetting{R"(^#\+([A-Za-z_]+):\s*(.*)$)"};
  static const std::regex kHeading{R"(^(\*+)\s+(.*)$)"};
  static const std::regex kProperty{R"(^:([A-Za-z_]+):\s*(.*)$)"};
  std::vector<std::string> out;
  std::map<std::string, std::string> drawer;
  // "#+TITLE: CV" over "#+AUTHOR: Kiri Matheson": the author names the person when the file says who.
  bool has_author = std::any_of(source.begin(), source.end(), [](const std::string& line) {
    return to_lower_ascii(line.substr(0, 9)) == "#+author:";
  });
  bool in_drawer = false, named = false;
  for (const auto& line : source) {
    std::smatch match;
    std::string text(trim(line));
    if (in_drawer && std::regex_match(line, kHeading)) in_drawer = false;  // a drawer left open ends at the next heading
    if (in_drawer) {
      if (text == ":END:") {
        in_drawer = false;
        out.push_back(drawer_line(drawer));
      } else {
        if (std::regex_match(text, match, kProperty)) drawer[to_upper_ascii(match.str(1))] = match.str(2);
        out.emplace_back();
      }
      continue;
    }
    if (text == ":PROPERTIES:") {
      in_drawer = true;
      drawer.clear();
      out.emplace_back();
    } else if (std::regex_match(line, match, kSetting)) {
      auto key = to_lower_ascii(match.str(1));
      auto value = std::string(trim(match.str(2)));
      if ((key == "author" || (key == "title" && !has_author)) && !named && !value.empty()) {
        named = true;
        out.push_back("# " + value);
      } else if (key == "email" || key == "mobile" || key == "phone" || key == "address" || key == "homepage" || key == "jobtitle") {
        out.push_back(value);
      } else if (key == "github" || key == "linkedin") {
        bool bare = value.find('/') == std::string::npos && value.find('.') == std::string::npos;
        out.push_back(!bare ? value : key == "github" ? "github.com/" + value : "linkedin.com/in/" + value);
      } else {
        out.emplace_back();  // export options, themes: no text
      }
    } else if (std::regex_match(line, match, kHeading)) {
      out.push_back(std::string(match.length(1) + 1, '#') + " " + match.str(2));
    } else {
      static const std::regex kDescription{R"(\s::\s)"};
      out.push_back(std::regex_replace(line, kDescription, ": "));  // "- English :: native"
    }
  }
  return out;
}

/// "De: Marta Ibáñez <…>", "Subject: RE: …", Outlook's "De : …": a mail's header line.
bool is_mail_header(const std::string& line) {
  static const std::regex kHeader{
      R"(^(?:from|de|von|da|van|to|para|an|a|aan|cc|subject|asunto|betreff|oggetto|objet|assunto|onderwerp|date|fecha|datum|data|sent|enviado|gesendet|inviato|envoyé|verzonden)\s?:\s+\S.*$)",
      std::regex::icase};
  auto colon = line.find(':');
  return colon != std::string::npos && colon <= 12 && std::regex_match(line, kHeader);
}

/// A wiki page in its markup: "h1. …" / "h2. …" headings, and Confluence's "{panel}"-style macros or Redmine's
/// Textile ("{{>toc}}", "|_. " header cells, "!photo.jpg!" pictures).
bool is_wiki_markup(const std::vector<std::string>& source) {
  static const std::regex kMacro{R"(^\{[a-z]+(?::[^{}]*)?\})"};
  static const std::regex kTextile{R"(^(?:\{\{.*\}\}|\|_\. .*|!\S+\.(?:jpe?g|png|gif|svg)!)\s*$)"};
  size_t headings = 0;
  bool markup = false;
  for (const auto& line : source) {
    headings += line.size() > 4 && line[0] == 'h' && line[1] >= '1' && line[1] <= '6' && line[2] == '.' && line[3] == ' ' ? 1 : 0;
    markup = markup || (line.starts_with('{') && std::regex_search(line, kMacro)) ||
             ((line.starts_with('{') || line.starts_with('|') || line.starts_with('!')) && std::regex_match(line, kTextile));
  }
  return headings >= 2 && markup;
}

/// "||Period||Employer||", "|_. Bereich |_. Kenntnisse |": a row of header cells only (not "||Nationality|South African|",
/// a row's own label).
bool all_header_cells(const std::string& line) {
  auto bars = std::count(line.begin(), line.end(), '|');
  if (line.starts_with("|_. ")) {
    size_t marks = 0;
    for (auto at = line.find("|_. "); at != std::string::npos; at = line.find("|_. ", at + 1)) ++marks;
    return static_cast<long>(marks) + 1 == bars;
  }
  if (!line.starts_with("||") || !std::string(trim(line)).ends_with("||")) return false;
  size_t doubled = 0;
  for (auto at = line.find("||"); at != std::string::npos; at = line.find("||", at + 2)) ++doubled;
  return static_cast<long>(doubled) * 2 == bars;
}

/// The wiki page as Markdown, line for line: "hN." headings as "#", macros ("{panel:title=…}", "{{>toc}}") and
/// pictures gone, "[label|url]", "[[Page|label]]" and '"label":url' links as Markdown's, a table's "||" and "|_."
/// header bars as single ones, Textile's "%{color:…}text%" spans as their text and its "#" numbered items as "1.".
std::vector<std::string> wiki_markup_as_markdown(const std::vector<std::string>& source) {
  static const std::regex kMacro{R"(\{\{[^{}]*\}\}|\{[a-z]+(?::[^{}]*)?\})"};
  static const std::regex kLink{R"(\[([^\[\]|]+)\|([^\[\]|]+)\])"};
  static const std::regex kWikiLink{R"(\[\[(?:[^\]|]*\|)?([^\]]*)\]\])"};
  static const std::regex kQuotedLink{R"re("([^"]+)":(\S+))re"};
  static const std::regex kSpan{R"(%\{[^}]*\}([^%]*)%)"};
  static const std::regex kPicture{R"(!\S+\.(?:jpe?g|png|gif|svg)!)"};
  static const std::regex kNumbered{R"(^#+\s+)"};
  std::vector<std::string> out;
  out.reserve(source.size());
  for (auto line : source) {
    if (line.size() > 4 && line[0] == 'h' && line[1] >= '1' && line[1] <= '6' && line[2] == '.' && line[3] == ' ')
      line = std::string(static_cast<size_t>(line[1] - '0'), '#') + line.substr(3);
    else if (line.starts_with('#')) line = std::regex_replace(line, kNumbered, "1. ");
    if (line.find("%{") != std::string::npos) line = std::regex_replace(line, kSpan, "$1");
    if (line.find('{') != std::string::npos) line = std::regex_replace(line, kMacro, "");
    if (line.find("[[") != std::string::npos) line = std::regex_replace(line, kWikiLink, "$1");
    if (line.find('|') != std::string::npos && line.find('[') != std::string::npos) line = std::regex_replace(line, kLink, "[$1]($2)");
    if (line.find("\":") != std::string::npos) line = std::regex_replace(line, kQuotedLink, "[$1]($2)");
    if (line.find('!') != std::string::npos) line = std::regex_replace(line, kPicture, "");
    bool header_row = all_header_cells(line);
    for (auto at = line.find("|_. "); at != std::string::npos; at = line.find("|_. ", at)) line.erase(at + 1, 2);
    for (auto at = line.find("||"); at != std::string::npos; at = line.find("||", at)) line.erase(at, 1);
    out.push_back(std::string(trim(line)).empty() ? std::string() : line);
    // A header row's cells over Markdown's rule, so the rows below read as the table's.
    if (header_row) {
      auto cells = std::count(line.begin(), line.end(), '|') - (std::string(trim(line)).ends_with('|') ? 1 : 0);
      std::string rule = "|";
      for (long k = 0; k < cells; ++k) rule += "---|";
      out.push_back(rule);
    }
  }
  return out;
}

/// "== Experiencia ==", "====== Curriculum Vitae ======": a heading closed by as many equals signs as open it (MediaWiki,
/// DokuWiki). Only lines opening on "==" are tried: a whole-text regex would crawl over a large file.
bool is_equals_heading(std::string_view line) {
  static const std::regex kHeading{R"(^(={2,6})[^=]+\1[ \t]*$)"};
  return line.starts_with("==") && line.size() < 200 && std::regex_match(line.begin(), line.end(), kHeading);
}

/// " -- " typed for a dash (AsciiDoc, DokuWiki) printed as the dash.
void print_typed_dashes(std::string& line) {
  for (auto at = line.find(" -- "); at != std::string::npos; at = line.find(" -- ", at)) line.replace(at, 4, " – ");
}

/// MediaWiki source: "== Heading ==" lines and the wiki's own marks (bold in triple quotes, "[[link]]", "{{template",
/// "{|" tables).
bool is_mediawiki(const std::string& text) {
  size_t headings = 0;
  for (auto line : split_lines(text)) headings += is_equals_heading(line) ? 1 : 0;
  bool marks = text.find("'''") != std::string::npos || text.find("\n{|") != std::string::npos || text.find("{{") != std::string::npos;
  return headings >= 2 && marks;
}

/// One MediaWiki body line as Markdown: bold and italic quotes as stars, internal links as their label, external
/// ones as Markdown's, categories, files, magic words, footnotes and inline templates gone.
std::string mediawiki_line(std::string line) {
  static const std::regex kAside{R"(\[\[(?:Kategorie|Category|Catégorie|Categoría|Categoria|Categorie|Datei|File|Fichier|Archivo|Bestand|Image|Bild):[^\]]*\]\])",
                                 std::regex::icase};
  static const std::regex kLink{R"(\[\[(?:[^\]|]*\|)?([^\]|]*)\]\])"};
  static const std::regex kExternal{R"(\[(https?://\S+)\s+([^\]]+)\])"};
  static const std::regex kTemplate{R"(\{\{[^{}]*\}\})"};
  static const std::regex kMagic{R"(__[A-Z]+__)"};
  static const std::regex kRef{R"(<ref[^>]*>.*?</ref>|<ref[^>]*/>)"};
  if (line.find("[[") != std::string::npos) line = std::regex_replace(std::regex_replace(line, kAside, ""), kLink, "$1");
  if (line.find("[http") != std::string::npos) line = std::regex_replace(line, kExternal, "[$2]($1)");
  if (line.find("{{") != std::string::npos) line = std::regex_replace(line, kTemplate, "");
  if (line.find("__") != std::string::npos) line = std::regex_replace(line, kMagic, "");
  if (line.find("<ref") != std::string::npos) line = std::regex_replace(line, kRef, "");
  // Marks set in place and the rest erased (GCC 12 warns of an overlap on replace() with a shorter literal here).
  for (auto at = line.find("'''"); at != std::string::npos; at = line.find("'''", at)) {
    line[at] = line[at + 1] = '*';
    line.erase(at + 2, 1);
  }
  for (auto at = line.find("''"); at != std::string::npos; at = line.find("''", at)) {
    line[at] = '*';
    line.erase(at + 1, 1);
  }
  return line;
}

/// The page's cells after a table line's first mark, parted at `bar` ("!!" in a header row, "||" in a body row).
std::vector<std::string> mediawiki_cells(std::string cells, const std::string& bar) {
  std::vector<std::string> parts;
  for (size_t at; (at = cells.find(bar)) != std::string::npos; cells.erase(0, at + bar.size())) parts.emplace_back(trim(cells.substr(0, at)));
  parts.emplace_back(trim(cells));
  return parts;
}

/// The wiki page as Markdown: headings as "#", a leading template's "| Key = value" fields as "Key: value" lines (its
/// picture dropped), "{|" tables as pipe tables (the first row over "|---|", one line a row).
std::string mediawiki_as_markdown(const std::string& text) {
  static const std::regex kHeading{R"(^(={2,6})\s*(.*?)\s*\1\s*$)"};
  static const std::regex kField{R"(^\|\s*([^=|]+?)\s*=\s*(.*?)\s*$)"};
  static const std::regex kPicture{R"((?:bild|image|foto|photo|afbeelding|imagen|immagine|imagem))", std::regex::icase};
  std::string out;
  bool in_template = false, in_table = false, ruled = false;
  std::vector<std::string> row;
  auto flush_row = [&] {
    if (row.empty()) return;
    out += "|";
    for (const auto& cell : row) {
      out += ' ';
      out += mediawiki_line(cell);
      out += " |";
    }
    out += "\n";
    if (!std::exchange(ruled, true)) {
      out += "|";
      for (size_t k = 0; k < row.size(); ++k) out += "---|";
      out += "\n";
    }
    row.clear();
  };
  for (auto view : split_lines(text)) {
    std::string line(view);
    std::smatch match;
    if (!in_table && line.starts_with("{{") && line.find("}}") == std::string::npos) {
      in_template = true;
    } else if (in_template) {
      if (trim(line) == "}}") in_template = false;
      else if (std::regex_match(line, match, kField) && !match.str(2).empty() && !std::regex_match(match.str(1), kPicture))
        out += match.str(1) + ": " + mediawiki_line(match.str(2)) + "\n";
    } else if (line.starts_with("{|")) {
      in_table = true;
      ruled = false;
    } else if (in_table) {
      if (line.starts_with("|}") || line.starts_with("|-")) flush_row();
      if (line.starts_with("|}")) {
        in_table = false;
        out += "\n";
      } else if (line.starts_with('!')) {
        auto cells = mediawiki_cells(line.substr(1), "!!");
        row.insert(row.end(), cells.begin(), cells.end());
      } else if (line.starts_with('|') && !line.starts_with("|-") && !line.starts_with("|+")) {
        auto cells = mediawiki_cells(line.substr(1), "||");
        row.insert(row.end(), cells.begin(), cells.end());
      }
    } else {
      if (std::regex_match(line, match, kHeading)) line = std::string(static_cast<size_t>(match.length(1)), '#') + " " + match.str(2);
      out += mediawiki_line(line) + "\n";
    }
  }
  flush_row();
  return out;
}

/// A chat assistant's answer pasted as plain text: "### **Experiência Profissional**" headings and "**bold**" runs,
/// Markdown in all but the file's name.
bool written_in_markdown(const std::vector<std::string>& source) {
  static const std::regex kHeading{R"(^#{1,6}\s+\S.*$)"};
  static const std::regex kBold{R"(\*\*[^*\s][^*]*\*\*)"};
  size_t headings = 0, bold = 0;
  for (const auto& line : source) {
    if (line.starts_with('#') && std::regex_match(line, kHeading)) ++headings;
    if (line.find("**") != std::string::npos && std::regex_search(line, kBold)) ++bold;
  }
  return headings >= 2 && bold >= 2;
}

/// A mail thread saved as text: its header lines ("De: …", "Subject: …") open it, earlier messages quoted with ">".
bool is_mail_thread(const std::vector<std::string>& source) {
  // "On Mon, … Sergio wrote:", "El lun, … escribió:": the line a mail program sets over the message it quotes.
  static const std::regex kAttribution{
      R"((?:wrote|escribió|a écrit|schrieb|ha scritto|escreveu|schreef|skrev)\s*:\s*$|^-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|mensagem original|oorspronkelijk bericht)\s*-{2,}\s*$)",
      std::regex::icase};
  size_t headers = 0, seen = 0, quoted = 0;
  bool attributed = false;
  for (const auto& line : source) {
    if (trim(line).empty()) continue;
    if (seen++ < 8 && is_mail_header(line)) ++headers;
    quoted += line.starts_with('>') ? 1 : 0;
    auto end = trim(line);
    attributed = attributed || ((end.back() == ':' || end.back() == '-') && std::regex_search(line, kAttribution));
  }
  return headers >= 2 && quoted >= 10 && attributed;
}

/// A mail (a recruiter's submission, a web form's notification) with the résumé pasted under a title of its own
/// ("RESUME", "LEBENSLAUF"): where that title stands, or 0 when the file is no such mail.
size_t pasted_resume_start(const std::vector<std::string>& source) {
  static const std::regex kTitle{R"(^\s*(?:resume|résumé|cv|curriculum vitae|curriculum|lebenslauf|currículum|currículo|hoja de vida)\s*:?\s*$)",
                                 std::regex::icase};
  size_t headers = 0, seen = 0;
  for (size_t i = 0; i < source.size(); ++i) {
    if (trim(source[i]).empty()) continue;
    if (seen++ < 8 && is_mail_header(source[i])) ++headers;
    else if (headers >= 2 && seen > 8 && source[i].size() < 40 && std::regex_match(source[i], kTitle)) return i;
  }
  return 0;
}

/// The pasted résumé alone: the mail's headers and the message above its title blank, line for line.
std::vector<std::string> pasted_resume(const std::vector<std::string>& source, size_t start) {
  std::vector<std::string> out(source.size());
  std::copy(source.begin() + static_cast<std::ptrdiff_t>(start), source.end(), out.begin() + static_cast<std::ptrdiff_t>(start));
  return out;
}

/// How many ">" marks quote a line ("> > text" and ">> text" alike).
size_t quote_depth(std::string_view line) {
  size_t depth = 0, at = 0;
  while (at < line.size() && (line[at] == '>' || (line[at] == ' ' && at + 1 < line.size() && line[at + 1] == '>'))) depth += line[at++] == '>' ? 1 : 0;
  return depth;
}

/// The thread's message that holds the résumé: the quoting depth whose lines date the most (a CV's years), then the
/// one with the most text (the CV pasted into a mail the recruiter answered, or the reply over a job advert it
/// quotes), its marks taken off; other lines blank.
std::vector<std::string> resume_message(const std::vector<std::string>& source) {
  static const std::regex kYear{R"(\b(?:19|20)\d{2}\b)"};
  std::map<size_t, std::pair<size_t, size_t>> lines_at;  // depth -> (lines with a year, lines of text)
  std::vector<size_t> depths(source.size());
  for (size_t i = 0; i < source.size(); ++i) {
    const auto& line = source[i];
    size_t depth = depths[i] = quote_depth(line);
    auto start = line.find_first_not_of("> ");
    if (start == std::string::npos || (depth == 0 && is_mail_header(line))) continue;  // blank, or a header line
    auto& [dated, lines] = lines_at[depth];
    dated += std::regex_search(line, kYear) ? 1 : 0;
    ++lines;
  }
  size_t best = 0;
  for (const auto& [depth, counts] : lines_at)
    if (counts > lines_at[best]) best = depth;
  std::vector<std::string> out(source.size());
  for (size_t i = 0; i < source.size(); ++i) {
    if (depths[i] != best) continue;
    std::string line = source[i];
    for (size_t marks = 0; marks < best;) {  // each mark and the space after it
      auto at = line.find('>');
      line.erase(0, at + 1);
      ++marks;
    }
    if (best > 0 && line.starts_with(' ')) line.erase(0, 1);
    out[i] = line;
  }
  return out;
}

/// An AsciiDoc source: a document title ("= Camille Weisbecker") opening it and section titles ("== Profil") below.
/// Its header says so: an author line ("Name <mail>") or attribute entries (":icons: font") under the title.
bool is_asciidoc(const std::vector<std::string>& source) {
  static const std::regex kAttribute{R"(^:[A-Za-z][\w-]*!?:(?:\s.*)?$)"};
  static const std::regex kAuthor{R"(^[^<>@]+<[^<>\s]+@[^<>\s]+>\s*$)"};
  auto first = std::find_if(source.begin(), source.end(), [](const std::string& line) { return !trim(line).empty(); });
  if (first == source.end() || !first->starts_with("= ") || first->size() < 3) return false;
  bool header = false;
  for (auto it = first + 1; it != source.end() && it != first + 12 && !trim(*it).empty(); ++it)
    header = header || std::regex_match(*it, kAttribute) || std::regex_match(*it, kAuthor);
  return header && std::any_of(first + 1, source.end(), [](const std::string& line) { return line.starts_with("== ") && line.size() > 3; });
}

/// One AsciiDoc body line as Markdown: hard breaks (" +") and icon macros gone, link macros as links, "--" as a dash,
/// "Term:: value" as "Term: value", a ".Title" block title bold, a table cell's bar gone.
std::string asciidoc_inline(std::string line) {
  static const std::regex kIcon{R"(icon:[\w-]+\[[^\]]*\]\s*)"};
  static const std::regex kLink{R"(((?:https?://|mailto:)[^\s\[]+)\[([^\]]*)\])"};
  static const std::regex kDescription{R"(^([^:]+?):{2,4}(\s|$))"};
  if (line.ends_with(" +")) line.erase(line.size() - 2);
  if (line.find("icon:") != std::string::npos) line = std::regex_replace(line, kIcon, "");
  if (line.find('[') != std::string::npos) line = std::regex_replace(line, kLink, "[$2]($1)");
  print_typed_dashes(line);
  if (line.find("::") != std::string::npos) line = std::regex_replace(line, kDescription, "$1:$2");
  // ".Ligne de modules": a block's title, capitalised then lower case; not ".NET Core" in a list of skills.
  bool lower_after = line.size() > 2 && (std::islower(static_cast<unsigned char>(line[2])) || (line[2] & 0x80));
  if (line.size() > 2 && line[0] == '.' && std::isupper(static_cast<unsigned char>(line[1])) && lower_after)
    line = "**" + line.substr(1) + "**";
  if (line.starts_with('|')) line = std::string(trim(line.substr(1)));  // a table's cell
  return line;
}

/// The AsciiDoc CV as the Markdown it reads as, line for line: titles as "#" headings, the author line's address,
/// attribute, comment, block-attribute and table-delimiter lines blank, icon macros gone, link macros as links,
/// hard breaks (" +") and "--" dashes as printed, "Term:: value" as "Term: value", ".Title" blocks bold.
std::vector<std::string> asciidoc_as_markdown(const std::vector<std::string>& source) {
  static const std::regex kTitle{R"(^(=+)\s+(\S.*?)(?:\s+=+)?$)"};  // "== Experience ==" closed as wikis write it
  // ":email: …", ":phone: …": the header's contact entries are text; other attributes set the page up.
  static const std::regex kContactAttribute{
      R"(^:(?:email|phone|mobile|tel|address|city|location|linkedin|github|gitlab|website|homepage|url|xing):\s+(\S.*)$)",
      std::regex::icase};
  static const std::regex kAuthor{R"(^[^<>@]+<([^<>\s]+@[^<>\s]+)>\s*$)"};
  static const std::regex kRevision{R"(^v?\d+(?:\.\d+)*,\s.*$)"};
  static const std::regex kBlockLine{R"(^(?::[\w!-]+:.*|//.*|\[[^\]]*\]|\|===|----|====|\*\*\*\*|\+)$)"};
  std::vector<std::string> out;
  bool in_comment = false, titled = false;
  for (size_t i = 0; i < source.size(); ++i) {
    std::string line = source[i];
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.pop_back();
    std::smatch match;
    if (line == "////") in_comment = !in_comment;
    if (!in_comment && line.starts_with(':') && std::regex_match(line, match, kContactAttribute)) {
      out.push_back(match.str(1));
      continue;
    }
    if (in_comment || line == "////" || std::regex_match(line, kBlockLine)) {
      out.emplace_back();
      continue;
    }
    if (std::regex_match(line, match, kTitle)) {
      titled = true;
      out.push_back(std::string(match.length(1), '#') + " " + match.str(2));
      continue;
    }
    if (titled && out.size() <= 3 && std::regex_match(line, match, kAuthor)) {  // the header's author and revision
      out.push_back(match.str(1));
      continue;
    }
    if (titled && out.size() <= 3 && std::regex_match(line, kRevision)) {
      out.emplace_back();
      continue;
    }
    out.push_back(asciidoc_inline(std::move(line)));
  }
  return out;
}

/// A DokuWiki page file: "====== Title ======" headings (more marks for a higher level) and the wiki's own marks:
/// " \\\\" line breaks, "^ head ^" table rows, "~~NOTOC~~" or "{{tag>…}}" macros.
bool is_dokuwiki(std::string_view text_whole) {
  size_t headings = 0;
  bool marks = false;
  for (auto line : split_lines(text_whole)) {
    headings += is_equals_heading(line) ? 1 : 0;
    auto text = trim(line);
    marks = marks || text.ends_with(" \\\\") || (text.starts_with("^ ") && text.ends_with(" ^")) || text.starts_with("~~NOTOC~~") ||
            text.find("{{tag>") != std::string_view::npos;
  }
  return headings >= 2 && marks;
}

/// One DokuWiki line's inline marks as Markdown: "//italics//", "[[url|label]]" links, "<mail>" addresses,
/// "((footnotes))", "{{media}}" and "~~macros~~" gone, " -- " as a dash.
std::string dokuwiki_inline(std::string line) {
  static const std::regex kItalic{R"((^|[^:])//([^/].*?)//)"}, kNamedLink{R"(\[\[([^\]|]+)\|([^\]]*)\]\])"};
  static const std::regex kLink{R"(\[\[([^\]|]+)\]\])"}, kMail{R"(<([^<>\s@]+@[^<>\s]+)>)"};
  static const std::regex kDropped{R"(\(\([\s\S]*?\)\)|\{\{[\s\S]*?\}\}|~~[A-Z]+~~)"};
  if (line.ends_with("\\\\")) line.erase(line.size() - 2);
  line = std::regex_replace(line, kDropped, "");
  if (line.find("//") != std::string::npos) line = std::regex_replace(line, kItalic, "$1*$2*");
  if (line.find("[[") != std::string::npos) line = std::regex_replace(std::regex_replace(line, kNamedLink, "[$2]($1)"), kLink, "$1");
  if (line.find('<') != std::string::npos) line = std::regex_replace(line, kMail, "$1");
  print_typed_dashes(line);
  return line;
}

/// The DokuWiki page as Markdown, line for line: headings as "#" (six marks a top title), "^" header rows as a table's
/// header over its rule, "  - " numbered items as "1.", inline marks as `dokuwiki_inline` reads them.
std::vector<std::string> dokuwiki_as_markdown(const std::vector<std::string>& source) {
  static const std::regex kHeading{R"(^(={2,6})\s*([^=]+?)\s*\1[ \t]*$)"};
  std::vector<std::string> out;
  for (const auto& raw : source) {
    std::smatch match;
    if (raw.starts_with("==") && std::regex_match(raw, match, kHeading)) {
      out.push_back(std::string(static_cast<size_t>(7 - match.length(1)), '#') + " " + dokuwiki_inline(match.str(2)));
      continue;
    }
    auto line = dokuwiki_inline(raw);
    auto text = std::string(trim(line));
    if (text.starts_with("^ ") || (text.starts_with("^") && text.ends_with("^"))) {
      std::replace(text.begin(), text.end(), '^', '|');
      out.push_back(text);
      std::string rule = "|";
      for (long k = 1; k < std::count(text.begin(), text.end(), '|'); ++k) rule += "---|";
      out.push_back(rule);
      continue;
    }
    if (line.starts_with("  - ")) line = "1. " + line.substr(4);
    out.push_back(line);
  }
  return out;
}

/// A forum post's BBCode source ("[b]…[/b]", "[list]" / "[*]", "[url=…]…[/url]"): closing tags on six lines or more.
bool is_bbcode(const std::vector<std::string>& source) {
  static const std::regex kClosing{R"(\[/(?:b|i|u|s|size|color|center|url|email|list|font|quote)\])", std::regex::icase};
  // Over the post, not a line that names the tags ("… formatting with [b]bold[/b], [i]italic[/i] …").
  size_t lines = 0;
  for (const auto& line : source)
    if (line.find("[/") != std::string::npos && std::regex_search(line, kClosing)) ++lines;
  return lines >= 6;
}

/// One BBCode line's inline tags as Markdown: links and mail addresses as links, bold and italics as Markdown's,
/// pictures gone, type, colour and alignment tags dropped.
std::string bbcode_inline(std::string line) {
  static const std::regex kNamedLink{R"(\[url=([^\]]+)\]([\s\S]*?)\[/url\])", std::regex::icase};
  static const std::regex kLink{R"(\[url\]([\s\S]*?)\[/url\])", std::regex::icase};
  static const std::regex kNamedMail{R"(\[email=([^\]]+)\]([\s\S]*?)\[/email\])", std::regex::icase};
  static const std::regex kMail{R"(\[email\]([\s\S]*?)\[/email\])", std::regex::icase};
  static const std::regex kPicture{R"(\[img[^\]]*\][\s\S]*?\[/img\])", std::regex::icase};
  static const std::regex kEmphasis{R"(\[/?(?:b|strong)\])", std::regex::icase}, kItalic{R"(\[/?(?:i|em)\])", std::regex::icase};
  static const std::regex kLayout{
      R"(\[/?(?:u|s|size|color|colour|font|center|left|right|quote|code|spoiler|highlight|hr|sup|sub|indent)(?:=[^\]]*)?\])",
      std::regex::icase};
  // A hotel's "****" is text, not Markdown's bold: escaped before the tags become marks.
  if (line.find('*') != std::string::npos) {
    std::string escaped;
    for (char c : line) escaped += c == '*' ? std::string("\\*") : std::string(1, c);
    line = std::move(escaped);
  }
  if (line.find('[') == std::string::npos) return line;
  line = std::regex_replace(line, kPicture, "");
  line = std::regex_replace(line, kNamedLink, "[$2]($1)");
  line = std::regex_replace(line, kLink, "$1");
  line = std::regex_replace(line, kNamedMail, "[$2](mailto:$1)");
  line = std::regex_replace(line, kMail, "$1");
  line = std::regex_replace(line, kLayout, "");
  line = std::regex_replace(line, kEmphasis, "**");
  return std::regex_replace(line, kItalic, "*");
}

/// The forum post as Markdown, line for line: a line set whole in a larger size or a colour, in bold, is a heading;
/// "[list]" items as "- " items, nested ones indented, but an outer list whose items hold lists of their own is a list
/// of entries (jobs with their duties below) and its items plain lines.
std::vector<std::string> bbcode_as_markdown(const std::vector<std::string>& source) {
  static const std::regex kOpen{R"(^\s*\[list(?:=[^\]]*)?\]\s*$)", std::regex::icase}, kClose{R"(^\s*\[/list\]\s*$)", std::regex::icase};
  static const std::regex kHeading{R"(^\s*(?:\[(?:size|color|colour|center|u)(?:=[^\]]*)?\]\s*)+\[b\]([^\[]+)\[/b\](?:\s*\[/(?:size|color|colour|center|u)\])+\s*$)",
                                   std::regex::icase};
  // Which outer lists hold a list inside: their items head entries.
  std::vector<bool> entry_list;
  {
    int depth = 0;
    for (const auto& line : source) {
      if (std::regex_match(line, kOpen)) {
        if (++depth == 1) entry_list.push_back(false);
        else if (depth == 2 && !entry_list.empty()) entry_list.back() = true;
      } else if (std::regex_match(line, kClose) && depth > 0) {
        --depth;
      }
    }
  }
  std::vector<std::string> out;
  int depth = 0;
  size_t outer = 0;
  for (const auto& raw : source) {
    std::smatch match;
    if (std::regex_match(raw, kOpen)) {
      ++depth;
      out.emplace_back();
      continue;
    }
    if (std::regex_match(raw, kClose)) {
      if (depth > 0 && --depth == 0) ++outer;
      out.emplace_back();
      continue;
    }
    if (std::regex_match(raw, match, kHeading)) {
      out.push_back("## " + std::string(trim(match.str(1))));
      continue;
    }
    std::string line = raw;
    if (auto item = line.find("[*]"); item != std::string::npos && trim(std::string_view(line).substr(0, item)).empty()) {
      auto text = bbcode_inline(std::string(trim(std::string_view(line).substr(item + 3))));
      bool entries = depth == 1 && outer < entry_list.size() && entry_list[outer];
      line = entries ? text : std::string(static_cast<size_t>(std::max(0, depth - 1)) * 2, ' ') + "- " + text;
      out.push_back(line);
      continue;
    }
    out.push_back(bbcode_inline(std::move(line)));
  }
  return out;
}

/// A WhatsApp chat exported as text: each message opens on its date, time and sender, Android's "12/03/2025 08:09 -
/// +55 75 …: text" or iOS's "[12/03/2025, 08:09:41] Name: text".
const std::regex& chat_message_start() {
  static const std::regex kStart{
      R"(^\u200e?\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?(?:\]\s|\s[-–]\s)([^:]{1,60}):\s?(.*)$)"};
  return kStart;
}

/// The export opens on a dated line (a message or the app's notice) and holds three messages or more in its first lines.
bool is_chat_export(const std::vector<std::string>& source) {
  static const std::regex kStamp{R"(^\u200e?\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?(?:\]\s|\s[-–]\s).*$)"};
  auto first = std::find_if(source.begin(), source.end(), [](const std::string& line) { return !trim(line).empty(); });
  if (first == source.end() || !std::regex_match(*first, kStamp)) return false;
  size_t messages = 0, checked = 0;
  for (auto it = first; it != source.end() && checked < 40; ++it) {
    if (trim(*it).empty()) continue;
    ++checked;
    messages += std::regex_match(*it, chat_message_start()) ? 1 : 0;
  }
  return messages >= 3;
}

/// The résumé out of the chat: the longest message and its sender's other messages of three lines or more (a CV sent in
/// parts), without date and sender; every other line blank, so lines keep their numbers. WhatsApp's own marks
/// ("*bold*", "_italic_") read as Markdown's.
std::vector<std::string> resume_messages(const std::vector<std::string>& source) {
  struct Message {
    size_t start, lines;
    std::string sender;
  };
  std::vector<Message> messages;
  for (size_t i = 0; i < source.size(); ++i) {
    std::smatch match;
    if (std::regex_match(source[i], match, chat_message_start())) messages.push_back({i, 1, match.str(1)});
    else if (!messages.empty()) ++messages.back().lines;
  }
  std::vector<std::string> out(source.size());
  auto longest = std::max_element(messages.begin(), messages.end(), [](const Message& a, const Message& b) { return a.lines < b.lines; });
  if (longest == messages.end()) return out;
  for (const auto& message : messages) {
    if (&message != &*longest && (message.sender != longest->sender || message.lines < 3)) continue;
    std::smatch match;
    for (size_t i = message.start; i < message.start + message.lines; ++i)
      out[i] = i == message.start && std::regex_match(source[i], match, chat_message_start()) ? match.str(2) : source[i];
  }
  return out;
}

/// A Logseq page: its page properties ("title:: …", "tags:: …") open it, or its blocks carry the outliner's own
/// ("id:: 65d1…", "collapsed:: true"). Elsewhere "- # of services: 40" is a bullet and "std::thread" code.
bool is_logseq_page(const std::vector<std::string>& source) {
  static const std::regex kOwnProperty{R"(^\s*(?:- )?(?:id|collapsed)::\s)"};
  static const std::regex kPageProperty{R"(^[a-z][\w-]*::\s*\S)"};
  size_t opening = 0, seen = 0;
  for (const auto& line : source) {
    if (line.find("::") == std::string::npos) {
      if (!trim(line).empty()) ++seen;
      continue;
    }
    if (std::regex_search(line, kOwnProperty)) return true;
    if (seen++ < 4 && std::regex_search(line, kPageProperty)) ++opening;
  }
  return opening >= 2;
}

/// `lynx -dump` of a web page: link labels numbered in brackets ("[6]LinkedIn"), the addresses listed under a closing
/// "References" heading ("   6. https://www.linkedin.com/in/…").
bool is_lynx_dump(const std::vector<std::string>& source) {
  static const std::regex kFirstReference{R"(^\s*1\.\s+(?:https?|mailto|ftp|file):\S+\s*$)"};
  for (size_t i = 0; i + 2 < source.size(); ++i)
    if (trim(source[i]) == "References" && trim(source[i + 1]).empty() && std::regex_match(source[i + 2], kFirstReference)) return true;
  return false;
}

/// The page's lines without lynx's link numbers, which glue to the label they precede ("[8]Bergkloof Estate"); the
/// address list stays, where the contact reader finds the profiles the labels stood for.
std::vector<std::string> without_link_numbers(const std::vector<std::string>& source) {
  static const std::regex kNumber{R"(\[\d{1,3}\](?=\S))"};
  std::vector<std::string> out;
  out.reserve(source.size());
  for (const auto& line : source) out.push_back(line.find('[') == std::string::npos ? line : std::regex_replace(line, kNumber, ""));
  return out;
}

/// The last line of a "<script>" or "<style>" block or a comment opening at line `i` (`i` when none opens there).
size_t code_block_end(const std::vector<std::string>& source, size_t i) {
  auto text = trim(source[i]);
  // "<!-- Earlier job, hidden on the page:" … "-->": a comment over lines prints nothing.
  if (text.starts_with("<!--") && text.find("-->") == std::string_view::npos) {
    for (size_t k = i + 1; k < source.size() && k < i + 200; ++k)
      if (source[k].find("-->") != std::string::npos) return k;
    return i;
  }
  if (!text.starts_with("<s") || !text.ends_with('>')) return i;  // asked of every line: the cheap test first
  static const std::regex kOpen{R"(^<(script|style)(?:\s[^<>]*)?>$)"};
  std::match_results<std::string_view::const_iterator> open;
  if (!std::regex_match(text.begin(), text.end(), open, kOpen)) return i;
  auto close = "</" + open.str(1) + ">";
  for (size_t k = i + 1; k < source.size() && k < i + 200; ++k)
    if (trim(source[k]).starts_with(close)) return k;
  return i;
}

class TextParser {
 public:
  TextParser(Document& document, bool is_markdown) : document_(document), markdown_(is_markdown) {}

  void parse(const std::vector<std::string>& source) {
    outline_ = markdown_ && is_logseq_page(source);
    bool previous_blank = true;
    size_t body = markdown_ ? front_matter_end(source) : 0;
    add_contact_settings(source, body);
    const size_t end = metadata_tail_start(source);
    for (size_t i = body; i < end; ++i) {
      std::string_view raw = source[i];
      if (trim(raw).empty()) {
        previous_blank = true;
        continue;
      }
      // Plain-text resumes underline headings and draw rules the same way Markdown does.
      if (handle_setext(source, i)) {
        previous_blank = false;
        continue;
      }
      if (is_thematic_break(raw)) {
        previous_blank = true;
        continue;
      }
      // VitePress's "<script setup>" … "</script>", a page's "<style>": code and styles print no text.
      if (size_t end = markdown_ ? code_block_end(source, i) : i; end > i) {
        i = end;
        previous_blank = true;
        continue;
      }
      if (size_t end = markdown_ ? html_row_end(source, i) : i; end > i) {
        std::string row;
        for (size_t k = i; k <= end; ++k) row += source[k] + " ";
        for (const auto& text : html_row_lines(row)) add_line(text, static_cast<int>(i + 1), true);
        previous_blank = false;
        i = end;
        continue;
      }
      if (markdown_ && (raw.find("{{") != std::string_view::npos || raw.find("{%") != std::string_view::npos)) {
        auto expanded = expand_shortcodes(std::string(raw));
        for (size_t k = 0; k < expanded.size(); ++k) add_line(expanded[k], static_cast<int>(i + 1), previous_blank && k == 0);
        previous_blank = previous_blank && expanded.empty();
        continue;
      }
      add_line(raw, static_cast<int>(i + 1), previous_blank);
      previous_blank = false;
    }
  }

 private:
  /// `<tr>` opening line `i` and closed on a later line: the closing line, else `i`.
  static size_t html_row_end(const std::vector<std::string>& source, size_t i) {
    auto opening = trim(source[i]);
    if (!opening.starts_with("<tr") || opening.find("</tr>") != std::string_view::npos) return i;
    for (size_t k = i + 1; k < source.size() && k <= i + 60; ++k)
      if (source[k].find("</tr>") != std::string::npos) return k;
    return i;
  }

  /// Hugo's shortcodes and Jekyll's includes: `{{< cv-item periode="2019 – heden" functie="Docent" >}}` holds an
  /// entry's fields in its attributes, read as labelled lines ("periode: 2019 – heden"); the markup itself
  /// (`{{< /cv-item >}}`, `{{< chips >}}`) prints nothing. Links and styling attributes are no text.
  static std::vector<std::string> expand_shortcodes(const std::string& raw) {
    static const std::regex kShortcode{R"(\{\{[<%]\s*/?[\w-]+(.*?)[>%]\}\}|\{%-?\s*include\s+\S+(.*?)-?%\}|\{%-?\s*(?!include\b)/?[\w-]+.*?-?%\})"};
    static const std::regex kAttribute{R"re(([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'))re"};
    static const std::set<std::string, std::less<>> kMarkup{"href", "src", "url", "link", "class", "id", "icon", "img", "image",
                                                            "style", "target", "alt", "width", "height", "logo"};
    // "{{< icon name=\"envelope\" >}} jonas@…": a shortcode inside a line of text is markup beside it; an icon's
    // attributes name a picture.
    static const std::regex kPicture{R"(^\{\{[<%]\s*(?:icon|fa|fas|fab|far|svg|img|image|figure|button|emoji)\b)", std::regex::icase};
    // GitBook's and Liquid's block tags ("{% stepper %}", "{% step %}", "{% hint style=\"info\" %}", "{% endtabs %}"):
    // markup around the text, printing nothing themselves.
    static const std::regex kBlockTag{R"(^\{%-?\s*(?!include\b)/?[\w-]+)"};
    std::string rest;
    size_t at = 0;
    std::vector<std::string> attribute_lines;
    bool dropped_block_tag = false;
    for (auto it = std::sregex_iterator(raw.begin(), raw.end(), kShortcode); it != std::sregex_iterator(); ++it) {
      rest += raw.substr(at, static_cast<size_t>(it->position()) - at);
      at = static_cast<size_t>(it->position() + it->length());
      if (std::regex_search(it->str(), kBlockTag)) {
        dropped_block_tag = true;
        continue;
      }
      if (std::regex_search(it->str(), kPicture)) continue;
      auto attributes = (*it)[1].matched ? (*it)[1].str() : (*it)[2].str();
      for (auto a = std::sregex_iterator(attributes.begin(), attributes.end(), kAttribute); a != std::sregex_iterator(); ++a) {
        auto value = (*a)[2].matched ? (*a)[2].str() : (*a)[3].str();
        if (!kMarkup.contains(to_lower_ascii((*a)[1].str())) && !trim(value).empty())
          attribute_lines.push_back((*a)[1].str() + ": " + value);
      }
    }
    rest += raw.substr(at);
    // "Liquid ({% for %}, {% if %} tags)": block tags in a sentence are its words, printed as typed.
    if (!trim(rest).empty()) return {dropped_block_tag ? raw : rest};
    return attribute_lines;
  }

  /// Jekyll's and Hugo's front matter ("---" / "layout: archive" / … / "---", or "+++" for TOML): site settings
  /// the page is rendered with, never shown; the line after it, or 0 when the file opens without one.
  static size_t front_matter_end(const std::vector<std::string>& source) {
    size_t first = 0;
    while (first < source.size() && trim(source[first]).empty()) ++first;
    if (first == source.size()) return 0;
    auto fence = trim(source[first]);
    if (fence != "---" && fence != "+++") return metadata_end(source, first);
    // Settings open it ("layout: archive", "title = 'CV'"), maybe under YAML comments ("# Display name" in Hugo's
    // author file); a rule over "# Jane Doe" is no front matter.
    static const std::regex kSetting{R"(^[A-Za-z_][\w-]*\s*[:=](?:\s|$))"};
    size_t setting = first + 1;
    while (fence == "---" && setting < source.size() && setting < first + 6 && source[setting].starts_with("# ") &&
           setting + 1 < source.size() && (std::regex_search(source[setting + 1], kSetting) || source[setting + 1].starts_with("# ")))
      ++setting;
    if (setting >= source.size() || !std::regex_search(source[setting], kSetting)) return 0;
    for (size_t i = first + 1; i < source.size() && i <= first + 200; ++i)
      if (trim(source[i]) == fence || (fence == "---" && trim(source[i]) == "...")) return i + 1;
    return 0;
  }

  /// A note app's record closing the file (Joplin's raw export: "id: 4e8a…" / "created_time: …" / … / "type_: 1"):
  /// six lines or more of lower-case keys after the last blank line, one of them the note's 32-digit id. Where it
  /// starts, else the file's end (not "languages: go, python" closing a developer's skills).
  static size_t metadata_tail_start(const std::vector<std::string>& source) {
    static const std::regex kKey{R"(^[a-z][a-z0-9_]*:(?:\s.*)?$)"};
    static const std::regex kNoteId{R"(^(?:id|parent_id):\s+[0-9a-f]{32}\s*$)"};
    size_t end = source.size();
    while (end > 0 && trim(source[end - 1]).empty()) --end;
    size_t start = end;
    bool note_id = false;
    while (start > 0 && std::regex_match(source[start - 1], kKey)) {
      --start;
      note_id = note_id || std::regex_match(source[start], kNoteId);
    }
    return end - start >= 6 && note_id ? start : source.size();
  }

  /// Python-Markdown's and Pelican's metadata, no fence: "Title: Curriculum Vitae" / "Date: 2023-01-29 20:15" /
  /// "Authors: …" from the first line to the first blank one, three keys or more. The line after it, else 0.
  static size_t metadata_end(const std::vector<std::string>& source, size_t first) {
    static const std::regex kKey{R"(^[A-Z][A-Za-z_-]*:\s+\S)"};
    // A page's own keys, so "Name: …" / "Title: Senior Data Analyst" / "Status: Open to work" opening a résumé stay
    // its text: a slug, a template, or a date as the generator writes it.
    static const std::regex kPageKey{R"(^(?:Slug|Template|Save_as|Url):|^(?:Date|Modified):\s*\d{4}-\d{2}-\d{2})"};
    size_t i = first;
    bool page = false;
    for (; i < source.size() && std::regex_search(source[i], kKey); ++i) page = page || std::regex_search(source[i], kPageKey);
    return page && i - first >= 3 && i < source.size() && trim(source[i]).empty() ? i + 1 : 0;
  }

  /// "name: Jane Roe", "email: jane@example.com" among the front matter's settings (YAML, or TOML's `email = "…"`):
  /// the contact details a theme prints, kept as labelled lines; every other setting stays unread. Pandoc's
  /// "author:" names the person too.
  void add_contact_settings(const std::vector<std::string>& source, size_t body) {
    static const std::regex kContact{
        R"(^\s*(name|authors?|email|e-mail|phone|mobile|telephone|location|address|linkedin|github|website|naam|telefoon|telefon|téléphone|telefono|teléfono|telefone|woonplaats|wohnort|ville|ciudad|città|cidade|city)\s*[:=]\s*["']?([^"']+?)["']?\s*$)",
        std::regex::icase};
    // Hugo's author file: "first_name:" / "last_name:", an e-mail only as a social link's "mailto:".
    static const std::regex kNamePart{R"(^(first_name|last_name):\s*["']?([^"']+?)["']?\s*$)"};
    static const std::regex kMailLink{R"(^\s*(?:-\s+)?link:\s*["']?mailto:([^"'\s]+)["']?\s*$)"};
    static const std::regex kProfileLink{
        R"(^\s*(?:-\s+)?link:\s*["']?(https?://(?:www\.)?(?:linkedin\.com|github\.com|gitlab\.com|xing\.com|orcid\.org)/[^"'\s]+)["']?\s*$)"};
    std::string first_name, last_name;
    bool named = false;
    for (size_t i = 0; i + 1 < body; ++i) {
      std::smatch setting;
      if (std::regex_match(source[i], setting, kNamePart)) (setting.str(1) == "first_name" ? first_name : last_name) = setting.str(2);
      if (source[i].find("mailto:") != std::string::npos && std::regex_match(source[i], setting, kMailLink))
        add_line("email: " + setting.str(1), static_cast<int>(i + 1), true);
      // A social link's profile ("link: https://www.linkedin.com/in/…"), which the theme draws as an icon.
      if (source[i].find("link:") != std::string::npos && std::regex_match(source[i], setting, kProfileLink))
        add_line(setting.str(1), static_cast<int>(i + 1), true);
      if (!std::regex_match(source[i], setting, kContact)) continue;
      auto label = to_lower_ascii(setting.str(1)).starts_with("author") ? std::string("name") : to_lower_ascii(setting.str(1));
      named = named || label == "name";
      add_line(label + ": " + setting.str(2), static_cast<int>(i + 1), true);
    }
    if (!named && !first_name.empty() && !last_name.empty()) {
      add_line("name: " + first_name + " " + last_name, 1, true);
      named = true;
    }
    if (!named) add_title_as_name(source, body);
    add_front_matter_education(source, body);
  }

  /// Hugo's "education:" / "courses:" list in the front matter, which its About widget prints: each course, its
  /// institution and year as a line under an Education heading.
  void add_front_matter_education(const std::vector<std::string>& source, size_t body) {
    static const std::regex kKey{R"(^\s*(?:-\s+)?(course|institution|year):\s*["']?([^"']*?)["']?\s*$)"};
    auto education = std::find_if(source.begin(), source.begin() + static_cast<std::ptrdiff_t>(std::min(body, source.size())),
                                  [](const std::string& line) { return line == "education:"; });
    if (education == source.begin() + static_cast<std::ptrdiff_t>(std::min(body, source.size()))) return;
    std::vector<std::array<std::string, 3>> courses;
    size_t first = static_cast<size_t>(education - source.begin());
    for (size_t i = first + 1; i + 1 < body && (source[i].empty() || source[i].starts_with(' ')); ++i) {
      std::smatch key;
      if (!std::regex_match(source[i], key, kKey)) continue;
      if (key.str(1) == "course") courses.push_back({});
      if (courses.empty()) continue;
      courses.back()[key.str(1) == "course" ? 0 : key.str(1) == "institution" ? 1 : 2] = key.str(2);
    }
    if (courses.empty()) return;
    add_line("## Education", static_cast<int>(first + 1), true);
    for (const auto& [course, institution, year] : courses)
      add_line(course + (institution.empty() ? "" : ", " + institution) + (year.empty() ? "" : ", " + year), static_cast<int>(first + 1), true);
  }

  /// A Zola page's `title = "Aoife Brennan"` (TOML front matter, a top-level key) names the person when the page
  /// prints no name of its own and the title reads as one; a YAML title (Quarto's `title: "Giulia Zanin"`) only when
  /// the page's e-mail spells it too, as YAML titles are as often a post ("Senior Engineer").
  void add_title_as_name(const std::vector<std::string>& source, size_t body) {
    static const std::regex kTomlTitle{R"(^title\s*=\s*["']([^"']+)["']\s*$)"};
    static const std::regex kYamlTitle{R"(^title:\s*["']?([^"']+?)["']?\s*$)"};
    size_t first = 0;
    while (first < body && trim(source[first]).empty()) ++first;
    bool toml = first < body && trim(source[first]) == "+++", yaml = first < body && trim(source[first]) == "---";
    if (!toml && !yaml) return;
    const auto& kTitle = toml ? kTomlTitle : kYamlTitle;
    if (page_names_someone(source, body)) return;
    for (size_t i = first + 1; i + 1 < body && !source[i].starts_with("["); ++i)  // before the first [table]
      if (std::smatch title; std::regex_match(source[i], title, kTitle) && reads_as_name(title.str(1)) &&
                             (toml || mailbox_spells(source, body, title.str(1)))) {
        add_line("name: " + title.str(1), static_cast<int>(i + 1), true);
        return;
      }
  }

  /// The page names someone itself, so no title stands for the name: a "# " heading anywhere, or its first heading or
  /// first line reading as a name ("Jane Roe" under "Senior Engineer", "**Priya Nair**", "## Julia Weber").
  bool page_names_someone(const std::vector<std::string>& source, size_t body) const {
    auto plain = [](std::string_view line) {
      auto text = std::string(trim(line));
      text.erase(0, std::min(text.find_first_not_of("#*_ "), text.size()));
      while (!text.empty() && (text.back() == '*' || text.back() == '_')) text.pop_back();
      return text;
    };
    auto from = source.begin() + static_cast<std::ptrdiff_t>(std::min(body, source.size()));
    if (std::any_of(from, source.end(), [](const std::string& line) { return line.starts_with("# "); })) return true;
    auto heading = std::find_if(from, source.end(), [](const std::string& line) { return line.starts_with('#'); });
    auto first = std::find_if(from, source.end(), [](const std::string& line) { return !trim(line).empty(); });
    return (heading != source.end() && reads_as_name(plain(*heading))) || (first != source.end() && reads_as_name(plain(*first)));
  }

  /// An e-mail address on the page whose mailbox spells `name`: its surname, and its given name or that name's initial.
  static bool mailbox_spells(const std::vector<std::string>& source, size_t body, const std::string& name) {
    static const std::regex kMailbox{R"(([A-Za-z0-9._%+-]+)@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"};
    for (size_t i = body; i < source.size(); ++i) {
      std::smatch mail;
      if (source[i].find('@') == std::string::npos || !std::regex_search(source[i], mail, kMailbox)) continue;
      auto box = to_lower_ascii(mail.str(1));
      // The surname spelt and the given name or its initial too ("giulia.zanin", "gzanin" for "Giulia Zanin"; initials
      // between them aside), not one word of a post ("priya.data" for "Data Engineer").
      std::vector<std::string> words;
      for (const auto& word : split_words(name))
        if (auto plain = mailbox_letters(word); plain.size() >= 2) words.push_back(plain);
      if (words.size() >= 2 && box.find(words.back()) != std::string::npos &&
          (box.find(words.front()) != std::string::npos || box.starts_with(words.front().substr(0, 1))))
        return true;
    }
    return false;
  }

  /// A name's word as a mailbox writes it: Latin letters in lower case ("García" -> "garcia"), other marks gone.
  static std::string mailbox_letters(const std::string& word) {
    std::string plain;
    for (char c : to_lower_ascii(to_ascii(word)))
      if (std::isalpha(static_cast<unsigned char>(c))) plain += c;
    return plain;
  }

  /// "Aoife Brennan": two to four capitalised words, no digits, no document title ("Curriculum Vitae", "Mein CV").
  static bool reads_as_name(const std::string& text) {
    // A capital, or the lead byte of an accented one ("Élodie"): std::regex reads bytes.
    static const std::regex kName{R"(^[A-Z\xC0-\xDF][^\s\d]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z\xC0-\xDF][^\s\d]*){1,3}$)"};
    static const std::regex kDocument{R"(\b(?:cv|resume|curriculum|lebenslauf|vitae|portfolio|about|home)\b)", std::regex::icase};
    return std::regex_match(text, kName) && !std::regex_search(text, kDocument);
  }

  /// "Experience\n----------" marks the previous line as a heading.
  bool handle_setext(const std::vector<std::string>& source, size_t i) {
    bool underline = is_setext_underline(source[i], '=') || is_setext_underline(source[i], '-');
    if (!underline || document_.lines.empty() || i == 0 || trim(source[i - 1]).empty()) return false;
    Line& previous = document_.lines.back();
    if (previous.list_item) return false;
    previous.heading = true;
    previous.heading_level = is_setext_underline(source[i], '=') ? 1 : 2;
    return true;
  }

  /// "local:: Sertãozinho – SP" -> "local: Sertãozinho – SP"; "" for the outliner's own bookkeeping
  /// ("id:: …", "collapsed:: true"); nothing for any other line.
  static std::optional<std::string> outline_property(std::string_view text) {
    static const std::regex kProperty{R"(^((?:[-*]\s+)?)([^\s:]{1,30})::\s*(.*)$)"};
    std::match_results<std::string_view::const_iterator> match;
    if (!std::regex_match(text.begin(), text.end(), match, kProperty)) return std::nullopt;
    static const std::set<std::string, std::less<>> kBookkeeping = {"id", "collapsed", "alias", "tags", "title", "heading",
                                                                   "background-color", "created-at", "updated-at"};
    if (kBookkeeping.count(fold_case(match.str(2))) || trim(match.str(3)).empty()) return std::string();
    return match.str(1) + match.str(2) + ": " + match.str(3);
  }

  /// "#manejo-de-solo #agricultura-de-precisão": a line of an outliner's tags is a list of their words.
  static std::optional<std::string> tag_list(std::string_view text) {
    auto tokens = split_words(text);
    bool tags = tokens.size() >= 2 && std::all_of(tokens.begin(), tokens.end(), [](const std::string& token) {
      return token.size() >= 2 && token[0] == '#' && token[1] != '#';
    });
    if (!tags) return std::nullopt;
    for (auto& token : tokens) token.erase(0, 1);
    return join(tokens, ", ");
  }

  /// A Markdown line as the tool that wrote it means it: Logseq's outline (tags, headings as blocks, properties),
  /// MDX's module lines and fences, MkDocs' admonition and tab markers. Rewritten text goes into `buffer`; nothing
  /// for a line that prints no text.
  std::optional<std::string_view> dialect_text(std::string_view text, size_t& indent, std::string& buffer) const {
    if (outline_) {
      if (auto marker = find_list_marker(text); !marker.marker.empty())
        if (auto tags = tag_list(trim(text.substr(marker.length)))) {
          buffer = std::string(text.substr(0, marker.length)) + *tags;
          text = buffer;
        }
      // Every block is a list item, headings too ("- ## Formação", "\t- ### Coordenadora …").
      if (auto hash = text.find_first_not_of(' ', 1);
          (text.starts_with("- ") || text.starts_with("* ")) && hash != std::string_view::npos && text[hash] == '#') {
        text.remove_prefix(hash);
        indent += hash;
      }
      // Block properties: "período:: mar/2021 – atual" is a labelled value; "id:: 65d1…", "collapsed:: true" the tool's own.
      if (auto value = outline_property(text)) {
        if (value->empty()) return std::nullopt;
        buffer = *value;
        text = buffer;
      }
    }
    // Every Markdown line passes here: the regexes only where the first bytes fit.
    if (((text.starts_with("import ") || text.starts_with("export ")) && std::regex_match(text.begin(), text.end(), markdown().mdx_module)) ||
        (text.starts_with(":::") && std::regex_match(text.begin(), text.end(), markdown().fence_div)))
      return std::nullopt;
    if (std::match_results<std::string_view::const_iterator> block;
        (text.starts_with("!!!") || text.starts_with("???") || text.starts_with("===")) &&
        std::regex_match(text.begin(), text.end(), block, markdown().block_marker)) {
      buffer = block[1].matched ? block.str(1) : block.str(2);
      if (trim(buffer).empty()) return std::nullopt;
      text = buffer;
    }
    return text;
  }

  void add_line(std::string_view raw, int line_number, bool block_start) {
    size_t indent = raw.find_first_not_of(" \t");
    std::string_view text = raw.substr(indent);
    Line line;
    line.block_start = block_start;
    std::string property;
    if (markdown_) {
      auto meant = dialect_text(text, indent, property);
      if (!meant) return;
      text = *meant;
      size_t hashes = 0;
      while (hashes < text.size() && text[hashes] == '#') ++hashes;
      if (hashes > 0 && hashes <= 6 && hashes < text.size() && text[hashes] == ' ') {
        line.heading = true;
        line.heading_level = static_cast<int>(hashes);
        text = trim(text.substr(hashes));
        indent += hashes + 1;
        if (text.ends_with('}')) {
          property = std::regex_replace(std::string(text), markdown().heading_attributes, "");
          text = property;
        } else if (auto id = text.rfind(" :id="); id != std::string_view::npos && text.find(' ', id + 1) == std::string_view::npos) {
          text = trim(text.substr(0, id));  // docsify's "# Bronte McAllister :id=top": the heading's anchor
        }
      }
      if (text.starts_with("> ")) text.remove_prefix(2);
      // Pandoc's definition list (":   Python, SQL, Scala" under "Languages"): the definition is a line of its own.
      // The first under its term ("2019 – heden" / ":   **Senior consultant**, Bergveld Advies B.V.") stands where the
      // term does, as the entry's next header line; later ones are indented body.
      bool definition = text.size() > 1 && text[0] == ':' && (text[1] == ' ' || text[1] == '\t');
      if (definition) {
        size_t start = text.find_first_not_of(" \t", 1);
        if (start == std::string_view::npos) return;
        if (after_definition_) indent += start;
        text.remove_prefix(start);
      }
      // A definition's wrapped or indented continuation keeps the list open; a line at the margin is the next term.
      if (definition) after_definition_ = true;
      else if (raw.find_first_not_of(" \t") == 0) after_definition_ = false;
      // "Dublin, Ireland\": a backslash closing the line is a hard line break, no text.
      text = trim(text);
      if (text.ends_with('\\') && !text.ends_with("\\\\")) text = trim(text.substr(0, text.size() - 1));
    }
    if (!line.heading) {
      auto marker = find_list_marker(text);
      if (!marker.marker.empty()) {
        line.list_item = true;
        line.list_marker = marker.marker;
        indent += marker.length;
        text = trim(text.substr(marker.length));
        // "- [x] Laser shaft alignment": a task list's box after the marker, ticked or not, is no word of the item.
        if (markdown_ && (text.starts_with("[x] ") || text.starts_with("[X] ") || text.starts_with("[ ] "))) text = trim(text.substr(4));
      }
    }
    // "🚀 Launched a referral programme that drove 18% of signups", "🌍 English, French": a picture before a duty or a
    // list marks a list's item; before a title, a date or a contact detail ("🍽️ Jefa de Sala | Hotel …", "📅 Mayo 2021 –
    // Actualidad", "📱 +34 655 21 48 07") it is an icon.
    if (size_t picture = line.list_item ? 0 : leading_picture_length(text); picture > 0) {
      auto rest = trim(text.substr(picture));
      static const std::regex kYear{R"(\b(?:19|20)\d{2}\b)"};
      auto words = split_words(std::string(rest));
      auto lettered = std::count_if(words.begin(), words.end(), [](const std::string& w) { return std::isalpha(static_cast<unsigned char>(w[0])) != 0; });
      bool duty = (lettered >= 3 || rest.find(", ") != std::string_view::npos) && rest.find(" | ") == std::string_view::npos &&
                  rest.find('@') == std::string_view::npos &&
                  rest.find('/') == std::string_view::npos && !std::regex_search(rest.begin(), rest.end(), kYear);
      if (duty) line.list_marker = std::string(trim(text.substr(0, picture)));
      line.list_item = duty;
      indent += picture;
      text = rest;
    }
    std::string link;
    std::string content = markdown_ ? strip_inline_markdown(std::string(text), link) : std::string(text);
    // Not "semantic `<button>` elements": a tag in code is text.
    if (markdown_ && text.find('`') == std::string_view::npos && content.find('<') != std::string::npos &&
        (std::regex_search(content, markdown().html_tag) || std::regex_search(content, markdown().jsx_tag))) {
      // "<h1 align="center">Thiago Prado</h1>": an HTML heading is a heading.
      if (std::smatch level; std::regex_search(content, level, markdown().html_heading)) {
        line.heading = true;
        line.heading_level = level[1].str()[0] - '0';
      }
      content = html_text(content, link);
    }
    content = std::string(trim(content));
    if (content.empty()) return;
    line.text = content;
    line.location.line = line_number;
    line.location.column = static_cast<int>(indent) + 1;
    TextRun run;
    run.text = content;
    run.location = line.location;
    run.link = link;
    line.runs.push_back(std::move(run));
    document_.lines.push_back(std::move(line));
  }

  Document& document_;
  bool markdown_;
  bool outline_ = false;  ///< a Logseq page: blocks, properties and tags read as the outliner writes them
  bool after_definition_ = false;  // inside a definition list: a ":" line read, no term at the margin since
};

/// A grid table's border or separator: "┌────┬────┐", "├────┼────┤", "+------+------+".
bool is_grid_border(std::string_view line) {
  line = trim(line);
  if (line.size() < 3 || !(line.starts_with("┌") || line.starts_with("├") || line.starts_with("└") || line.starts_with("╞") ||
                           line.starts_with("+")))
    return false;
  return is_drawn_rule(line);
}

/// "│ B.Pharm │ Shri Sai College of Pharmacy, │" or "| B.Pharm | …": a grid row's cells, or nothing.
std::optional<std::vector<std::string>> grid_cells(std::string_view line) {
  std::string text;
  for (size_t at = 0, bar; at < line.size(); at = bar + 3) {  // "│" (3 bytes) read as "|"
    bar = std::min(line.find("│", at), line.size());
    text.append(line.substr(at, bar - at));
    if (bar < line.size()) text += '|';
  }
  text = std::string(trim(text));
  if (text.size() < 2 || text.front() != '|' || text.back() != '|') return std::nullopt;
  std::vector<std::string> cells;
  for (size_t start = 1, bar; (bar = text.find('|', start)) != std::string::npos; start = bar + 1)
    cells.emplace_back(trim(std::string_view(text).substr(start, bar - start)));
  return cells;
}

/// w3m's and tabulate's grid tables ("┌──┬──┐" / "│ a │ b │", "+--+" / "| a |"), their cells wrapped over several
/// lines, as Markdown pipe tables: one line a row, the header over a "|---|" row. Where separators part every row, the
/// lines between two are one row; where only the header is parted, a line opening on a blank or bracketed cell goes on
/// the row above.
std::string grid_tables_as_pipes(const std::string& text) {
  if (text.find("┌") == std::string::npos && text.find("+--") == std::string::npos) return text;
  std::string out;
  auto pipe_row = [](const std::vector<std::string>& cells) {
    std::string row = "|";
    for (const auto& cell : cells) row += " " + cell + " |";
    return row + "\n";
  };
  auto merge = [](std::vector<std::string>& row, const std::vector<std::string>& cells) {
    for (size_t k = 0; k < row.size() && k < cells.size(); ++k)
      if (!cells[k].empty()) row[k] += (row[k].empty() ? "" : " ") + cells[k];
  };
  // The table's rows as printed: groups of cell lines between borders.
  std::vector<std::vector<std::vector<std::string>>> groups;
  auto flush_table = [&] {
    if (groups.empty()) return;
    const bool parted = groups.size() > 2;  // header, then separators between the rows
    bool header = true;
    for (const auto& group : groups) {
      std::vector<std::string> row;
      for (const auto& cells : group) {
        bool continues = !row.empty() && cells.size() == row.size() && (parted || cells.front().empty() || cells.front().starts_with("("));
        if (continues) {
          merge(row, cells);
          continue;
        }
        if (!row.empty()) out += pipe_row(row);
        row = cells;
      }
      if (row.empty()) continue;
      out += pipe_row(row);
      if (std::exchange(header, false)) out += pipe_row(std::vector<std::string>(row.size(), "---"));
    }
    groups.clear();
  };
  bool in_grid = false;
  for (auto line : split_lines(text)) {
    if (is_grid_border(line)) {
      in_grid = true;
      groups.emplace_back();
      continue;
    }
    auto cells = in_grid ? grid_cells(line) : std::nullopt;
    if (cells && !groups.empty()) {
      groups.back().push_back(*cells);
      continue;
    }
    // The table ended: its empty groups (the closing border's) go.
    std::erase_if(groups, [](const auto& group) { return group.empty(); });
    flush_table();
    in_grid = false;
    out.append(line);
    out += "\n";
  }
  std::erase_if(groups, [](const auto& group) { return group.empty(); });
  flush_table();
  return out;
}

/// The box-drawing character opening `text` (after spaces), or 0.
UChar32 opening_box_char(std::string_view text) {
  text = trim(text);
  int32_t at = 0, length = static_cast<int32_t>(text.size());
  UChar32 c = 0;
  if (length > 0) U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), at, length, c);
  return c >= 0x2500 && c <= 0x257F ? c : 0;
}

/// A terminal card's panels (Python rich, boxes): "│  GIS Analyst  @ …  │" framed lines give their text, "╭─ Experience ──╮"
/// its title as a heading line, bare borders nothing.
std::string unframed_panels(const std::string& text) {
  static const std::string kVerticals[] = {"│", "║", "┃"};
  auto framed = [](std::string_view line, const std::string& bar) {
    line = trim(line);
    return line.size() > 2 * bar.size() && line.starts_with(bar) && line.ends_with(bar);
  };
  int frames = 0;
  for (auto line : split_lines(text))
    for (const auto& bar : kVerticals) frames += framed(line, bar) ? 1 : 0;
  if (frames < 3) return text;
  std::string out;
  for (auto line : split_lines(text)) {
    auto bar = std::find_if(std::begin(kVerticals), std::end(kVerticals), [&](const std::string& b) { return framed(line, b); });
    if (bar != std::end(kVerticals)) {
      auto framed_text = trim(line);
      auto inner = std::string(framed_text.substr(bar->size(), framed_text.size() - 2 * bar->size()));
      // "GIS   │ ArcGIS Pro · QGIS": a rule between a label and its items parts them as a column gap does.
      for (size_t at = inner.find("│"); at != std::string::npos; at = inner.find("│", at)) inner.replace(at, 3, "   ");
      if (!is_drawn_rule(inner)) out.append(inner);  // "╷" alone: a rule's end
    } else if (UChar32 corner = opening_box_char(line); corner != 0 && corner != 0x2502 && corner != 0x2551 && corner != 0x2503) {
      // "╭─ Experience ────╮": the words inside the border, a blank line before them.
      std::string title;
      for (auto word : split_words(std::string(line)))
        if (opening_box_char(word) == 0) title += (title.empty() ? "" : " ") + word;
      if (!title.empty()) out += "\n" + title;
    } else {
      out.append(line);
    }
    out += "\n";
  }
  return out;
}

/// GNU pr's page header ("2025-02-18 09:47      cv_sanne_kuipers.txt      Page 2"), in the languages it prints.
bool is_pr_header(std::string_view line) {
  static const std::regex kHeader{R"(^\s*\d{4}-\d{2}-\d{2} \d{2}:\d{2}\s{3,}.*\s{3,}(?:Page|Seite|Página|Pagina|Blz\.?|Side|Sida)\s+\d+\s*$)"};
  return line.size() < 200 && std::isdigit(static_cast<unsigned char>(trim(line).empty() ? ' ' : trim(line).front())) &&
         std::regex_match(line.begin(), line.end(), kHeader);
}

/// The targets of a Markdown text's links, inline ("[LinkedIn](https://…)") or defined below ("[li]: https://…").
std::vector<std::string> markdown_link_targets(const std::vector<std::string>& lines) {
  static const std::regex kInline{R"(\]\(\s*<?((?:https?://|www\.|mailto:|tel:)[^)\s>]+)>?[^)]*\))"};
  static const std::regex kDefinition{R"(^\s{0,3}\[[^\]^]+\]:\s*<?((?:https?://|www\.|mailto:|tel:)\S+?)>?(?:\s.*)?$)"};
  static const std::regex kPicture{R"(!\[[^\]]*\]\([^)]*\))"};  // a badge's image is no link of the text
  // Under "## References" the links are the referees' (their definitions below still count: the header cites them).
  static const std::regex kReferees{
      R"(^\s{0,3}#{1,6}\s*(?:references|referees|referenzen|références|referencias|referências|referenze|referenties)\b.*$)",
      std::regex::icase};
  std::vector<std::string> targets;
  bool referees = false;
  for (const auto& source : lines) {
    const auto& line = source.find("![") == std::string::npos ? source : std::regex_replace(source, kPicture, "picture");
    if (line.starts_with("#") || line.starts_with(" ")) referees = std::regex_match(line, kReferees) || (referees && !line.starts_with("#"));
    if (line.find("](") != std::string::npos && !referees)
      for (std::sregex_iterator it(line.begin(), line.end(), kInline), end; it != end; ++it) targets.push_back((*it)[1]);
    if (std::smatch definition; line.find("]:") != std::string::npos && std::regex_match(line, definition, kDefinition))
      targets.push_back(definition[1]);
  }
  return targets;
}

/// A file kept in Vim with marker folds: "SUMMARY   {{{1" closes on a fold marker, and a modeline
/// ("# vim: set ft=text tw=78 :") ends the file. Neither is text of the resume.
std::vector<std::string> without_editor_marks(std::vector<std::string> lines) {
  // A marker with its level ("{{{1"), or set apart by a column gap: not "Handlebars {{{body}}}".
  static const std::regex kFoldMarker{R"((?:\s+(?:\{\{\{|\}\}\})\d|\s{2,}(?:\{\{\{|\}\}\}))\s*$)"};
  // "vim: set ft=text tw=78 :", "# vi: ts=4 sw=4": option settings only, at least one "name=value".
  static const std::regex kModeline{
      R"(^\s*(?:#|//|--|%|;|/\*|<!--)?\s*(?:vim?|ex):\s*(?:set?\s+)?(?=[^,]*\w=)(?:no)?[a-z]+(?:=\S*)?(?:\s+(?:no)?[a-z]+(?:=[^\s:]*)?)*\s*:?\s*(?:\*/|-->)?\s*$)"};
  for (auto& line : lines) {
    if (line.find("{{{") != std::string::npos || line.find("}}}") != std::string::npos) line = std::regex_replace(line, kFoldMarker, "");
    if (line.find(':') != std::string::npos && line.find('=') != std::string::npos && std::regex_match(line, kModeline)) line.clear();
  }
  return lines;
}

/// A text paginated by pr: its page headers blank, and a sentence the page cut going on in lower case on the next page
/// moved up under its start (the padding between was pr's, not the writer's). As many lines as the source.
std::vector<std::string> without_pr_pages(std::vector<std::string> lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!is_pr_header(lines[i])) continue;
    lines[i].clear();
    size_t before = i, after = i + 1;
    while (before > 0 && trim(lines[before - 1]).empty()) --before;
    while (after < lines.size() && trim(lines[after]).empty()) ++after;
    if (before == 0 || after >= lines.size()) continue;
    auto last = trim(lines[before - 1]);
    auto next = trim(lines[after]);
    // (Not "eBay Classifieds", a brand opening the next page: every letter of the first word in lower case.)
    auto first_word = next.substr(0, std::min(next.find(' '), next.size()));
    bool lower_word = std::none_of(first_word.begin(), first_word.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    if (std::string_view(".:!?").find(last.back()) != std::string_view::npos || !starts_lower(next) || !lower_word) continue;
    lines[before] = std::move(lines[after]);
    lines[after].clear();
  }
  return lines;
}

/// A word of capital letters ("EXPÉRIENCES", "D'INTÉRÊT"; not "S/4HANA"), or "&".
bool capitals_word(std::string_view word) {
  if (word == "&") return true;
  auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  bool letter = false;
  for (int32_t i = 0; i < unicode.length(); i = unicode.moveIndex32(i, 1)) {
    UChar32 c = unicode.char32At(i);
    if (u_islower(c) || (!u_isalpha(c) && c != '\'' && c != 0x2019 && c != '-')) return false;
    letter = letter || u_isalpha(c);
  }
  return letter;
}

/// "EXPÉRIENCES PROFESSIONNELLES Technico-commercial …", "JULIEN LACOMBE Technico-commercial …": the bytes of a run of
/// capitals (a heading, a name) opening `line` before a word in mixed case or a number; 0 when none.
size_t capitals_opening(std::string_view line) {
  size_t end = 0, words = 0;
  for (size_t at = 0; at < line.size() && words <= 5;) {
    size_t space = std::min(line.find(' ', at), line.size());
    auto word = line.substr(at, space - at);
    if (!capitals_word(word)) {
      bool goes_on = !word.empty() && (std::isdigit(static_cast<unsigned char>(word[0])) || !starts_lower(word));
      // One short word in capitals is an acronym opening a line ("IBM Global Business Services", "KPMG Graduate …").
      bool heading_like = words >= 2 || character_count(line.substr(0, end)) >= 5;
      return words > 0 && goes_on && heading_like && is_upper_case_text(line.substr(0, end)) ? end : 0;
    }
    ++words;
    end = space;
    at = space + 1;
  }
  return 0;
}

/// A text box that turned every line break into a space (an applicant-tracking system's paste field): most lines are
/// long, and headings in capitals run into their first entry, bullets into one another.
bool lines_collapsed(const std::vector<std::string>& lines) {
  int filled = 0, long_lines = 0, marked = 0;
  for (const auto& line : lines) {
    auto text = trim(line);
    if (text.empty()) continue;
    ++filled;
    bool long_line = character_count(text) > 150;
    long_lines += long_line ? 1 : 0;
    size_t bullets = 0;
    for (size_t at = text.find(" • "); at != std::string_view::npos; at = text.find(" • ", at + 1)) ++bullets;
    marked += long_line && (bullets >= 2 || capitals_opening(text) > 0) ? 1 : 0;
  }
  return filled >= 4 && long_lines * 2 >= filled && marked >= 3;
}

/// The lines such a box ran together, parted again: after an opening heading or name in capitals, before each bullet,
/// and before a year and its colon opening an item ("… Nérac 2011 : Baccalauréat STAV").
std::vector<std::string> reflowed(const std::vector<std::string>& lines) {
  static const std::regex kBreak{R"(\s+(?=(?:•|▪|◦|●)\s|(?:19|20)\d\d\s?:\s))"};
  std::vector<std::string> out;
  for (const auto& line : lines) {
    auto text = std::string(trim(line));
    if (text.empty()) {
      out.emplace_back();
      continue;
    }
    if (size_t opening = capitals_opening(text); opening > 0) {
      out.push_back(text.substr(0, opening));
      text = std::string(trim(std::string_view(text).substr(opening)));
    }
    for (std::sregex_token_iterator it(text.begin(), text.end(), kBreak, -1), end; it != end; ++it) out.push_back(it->str());
  }
  return out;
}

/// A spreadsheet saved as tab-separated text quotes a cell holding line breaks or quotes ("\"• Pilotage …" / "• Suivi …\"",
/// "\"\"zéro réserve\"\""): the row keeps its other cells, the quoted cell's lines follow it, unquoted.
std::vector<std::string> unquoted_cells(const std::vector<std::string>& lines) {
  auto unquote = [](std::string text) {
    for (size_t at = text.find("\"\""); at != std::string::npos; at = text.find("\"\"", at + 1)) text.erase(at, 1);
    return text;
  };
  // A quote closes a cell where an odd run of quotes ends the text.
  auto closes = [](std::string_view text) {
    size_t quotes = 0;
    while (quotes < text.size() && text[text.size() - 1 - quotes] == '"') ++quotes;
    return quotes % 2 == 1;
  };
  std::vector<std::string> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    auto tab = lines[i].rfind("\t\"");
    // A spreadsheet's row: two or more cells before the quoted one (not "• Commissioned the series⇥\"Hidden York\"").
    if (tab == std::string::npos || std::count(lines[i].begin(), lines[i].begin() + static_cast<std::ptrdiff_t>(tab), '\t') < 2) {
      out.push_back(lines[i]);
      continue;
    }
    auto row = lines[i].substr(0, tab);
    std::vector<std::string> cell{lines[i].substr(tab + 2)};
    size_t k = i;
    while (!closes(cell.back()) && k + 1 < lines.size() && k < i + 40) cell.push_back(lines[++k]);
    if (!closes(cell.back())) {  // no closing quote: a quote the author typed, no spreadsheet's
      out.push_back(lines[i]);
      continue;
    }
    cell.back().pop_back();
    out.push_back(row);
    for (auto& piece : cell) out.push_back(unquote(piece));
    i = k;
  }
  return out;
}

/// An outliner's plain-text export (Workflowy, Dynalist): every line a "- " item or a quoted note, nested two spaces a
/// level, the first at the margin.
bool is_outline_export(const std::vector<std::string>& lines) {
  size_t filled = 0, items = 0, deepest = 0;
  bool first = true;
  for (const auto& line : lines) {
    auto indent = line.find_first_not_of(' ');
    if (indent == std::string::npos) continue;
    ++filled;
    auto text = std::string_view(line).substr(indent);
    bool item = text.starts_with("- ");
    if (first && (!item || indent != 0)) return false;
    first = false;
    if (item) {
      ++items;
      deepest = std::max(deepest, indent / 2);
    } else if (!(text.starts_with('"') && text.ends_with('"'))) {
      return false;
    }
  }
  return filled >= 8 && items * 10 >= filled * 7 && deepest >= 2;
}

/// The outline as a resume prints it: the sections (the root's children) as lines of their own after a blank line, their
/// entries and details as plain lines, the items under those as bullets, the notes without their quotes.
std::vector<std::string> outline_as_text(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    auto indent = lines[i].find_first_not_of(' ');
    if (indent == std::string::npos) continue;
    auto text = std::string_view(lines[i]).substr(indent);
    size_t level = indent / 2;
    if (!text.starts_with("- ")) {  // a note: "\"aug. 2021 – heden\""
      out.emplace_back(trim(text.substr(1, text.size() - 2)));
      continue;
    }
    text.remove_prefix(2);
    if (level == 1) out.emplace_back();
    out.emplace_back(level >= 3 ? "- " + std::string(text) : std::string(text));
  }
  return out;
}

}  // namespace

Document read_text(const std::string& path, std::string_view bytes, Format format) {
  std::string text = unframed_panels(grid_tables_as_pipes(decode_text(bytes)));
  // An applicant-tracking system's export with the HTML character references left in ("T&eacute;cnico", "&ndash;"):
  // three or more of them in a text that is no Markdown, where they would be read line by line.
  if (format != Format::Md && holds_character_references(text)) text = decode_entities(text);
  if (trim(text).empty()) throw AtsError("empty", "the file holds only whitespace: there is nothing for an ATS to read");
  const bool dokuwiki = format != Format::Md && is_dokuwiki(text);
  const bool mediawiki = format != Format::Md && !dokuwiki && is_mediawiki(text);
  if (mediawiki) text = mediawiki_as_markdown(text);
  Document document;
  document.path = path;
  document.format = format;
  for (auto line : split_lines(text)) {
    check_line_length(line, static_cast<int>(document.source_lines.size()) + 1);
    document.source_lines.emplace_back(line);
  }
  auto lines = without_editor_marks(without_pr_pages(document.source_lines));
  if (format != Format::Md && lines_collapsed(lines)) lines = reflowed(lines);
  if (format != Format::Md && is_outline_export(lines)) lines = outline_as_text(lines);
  if (format != Format::Md) lines = unquoted_cells(lines);
  if (format != Format::Md && is_org_mode(lines))
    TextParser(document, true).parse(org_as_markdown(lines));
  else if (format != Format::Md && is_wiki_markup(lines))
    TextParser(document, true).parse(wiki_markup_as_markdown(lines));
  else if (size_t pasted = pasted_resume_start(lines); pasted > 0)
    TextParser(document, false).parse(pasted_resume(lines, pasted));
  else if (is_mail_thread(lines))
    TextParser(document, false).parse(resume_message(lines));
  else if (is_chat_export(lines))
    TextParser(document, true).parse(resume_messages(lines));
  else if (is_asciidoc(lines))
    TextParser(document, true).parse(asciidoc_as_markdown(lines));
  else if (dokuwiki)
    TextParser(document, true).parse(dokuwiki_as_markdown(lines));
  else if (format != Format::Md && is_bbcode(lines))
    TextParser(document, true).parse(bbcode_as_markdown(lines));
  else if (format != Format::Md && is_lynx_dump(lines))
    TextParser(document, false).parse(without_link_numbers(lines));
  else
    TextParser(document, mediawiki || format == Format::Md || written_in_markdown(lines)).parse(lines);
  Page page;
  for (const auto& line : document.lines) page.text_chars += static_cast<int>(line.text.size());
  // Every link's target, as the word processors' readers keep them: a line's run holds only its first
  // ("[Correo](mailto:…) · [LinkedIn](https://…)").
  if (format == Format::Md || written_in_markdown(lines)) page.links = markdown_link_targets(document.source_lines);
  document.pages.push_back(page);
  return document;
}

}  // namespace atslint
