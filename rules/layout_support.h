#pragma once
// Small helpers shared by the layout rules (L004-L009): code points, excerpts,
// pages and boxes. Only the document model, never a file format.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "linter/document.h"

namespace atslint::rules {

/// The Unicode code points of UTF-8 text (ill-formed bytes become U+FFFD).
std::vector<char32_t> code_points(std::string_view utf8);
/// Non-whitespace code points in the text.
int visible_chars(std::string_view utf8);
/// The text shortened to at most `limit` code points, with "…" when cut.
std::string excerpt_of(std::string_view utf8, size_t limit = 80);
/// Appends one code point as UTF-8.
void append_utf8(std::string& out, char32_t c);
/// "U+F0E0".
std::string code_point_name(char32_t c);

/// The page with this number, or nullptr (unpaged formats, unknown page).
const Page* find_page(const Document& document, int number);
/// The smallest box holding both.
Box union_box(const Box& a, const Box& b);
/// True when the centre of `inner` lies inside `outer`.
bool centre_inside(const Box& inner, const Box& outer);
/// "8 pt", "8.5 pt".
std::string points(double value);

}  // namespace atslint::rules
