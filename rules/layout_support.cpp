#include "rules/layout_support.h"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>

namespace atslint::rules {

std::vector<char32_t> code_points(std::string_view utf8) {
  std::vector<char32_t> out;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t length = static_cast<int32_t>(utf8.size()), offset = 0;
  while (offset < length) {
    UChar32 c;
    U8_NEXT(bytes, offset, length, c);
    out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return out;
}

int visible_chars(std::string_view utf8) {
  int count = 0;
  for (char32_t c : code_points(utf8))
    if (!u_isUWhiteSpace(static_cast<UChar32>(c))) ++count;
  return count;
}

std::string excerpt_of(std::string_view utf8, size_t limit) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t length = static_cast<int32_t>(utf8.size()), offset = 0;
  for (size_t taken = 0; taken < limit && offset < length; ++taken) U8_FWD_1(bytes, offset, length);
  if (offset >= length) return std::string(utf8);
  return std::string(utf8.substr(0, static_cast<size_t>(offset))) + "…";
}

void append_utf8(std::string& out, char32_t c) {
  uint8_t buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, static_cast<UChar32>(c));
  out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(length));
}

std::string code_point_name(char32_t c) { return fmt::format("U+{:04X}", static_cast<uint32_t>(c)); }

const Page* find_page(const Document& document, int number) {
  for (const auto& page : document.pages)
    if (page.number == number) return &page;
  return nullptr;
}

Box union_box(const Box& a, const Box& b) {
  return Box{std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

bool centre_inside(const Box& inner, const Box& outer) {
  double x = (inner.x0 + inner.x1) / 2, y = (inner.y0 + inner.y1) / 2;
  return x >= outer.x0 && x <= outer.x1 && y >= outer.y0 && y <= outer.y1;
}

std::string points(double value) {
  double rounded = std::round(value * 10) / 10;
  return fmt::format("{:g} pt", rounded);
}

}  // namespace atslint::rules
