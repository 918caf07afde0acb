#pragma once
// Contact-detail patterns shared by structure (contact extraction) and rules
// (contact in a header, missing contact). Compiled once per process.
#include <string>
#include <string_view>
#include <vector>

namespace atslint {

struct Match {
  size_t offset = 0;  ///< byte offset in the searched text
  std::string text;
};

std::vector<Match> find_emails(std::string_view text);
/// Phone numbers: international (+44 20 7946 0958), US ((555) 014-2233), dotted
/// (555.014.2233) or split; at least 7 digits, not a date range or a year.
std::vector<Match> find_phones(std::string_view text);
/// "+39 347 218 5590 02 8734 2210": two numbers printed one after the other read as one of 20 digits;
/// where in the run from `offset` the second starts (a group opening with its trunk 0), or npos.
size_t second_number_at(std::string_view text, size_t offset);
/// http(s) URLs and bare domains with a path (linkedin.com/in/x, github.com/x).
std::vector<Match> find_urls(std::string_view text);
/// find_urls plus bare personal domains ("janedoe.dev"); for contact lines only, where
/// "socket.io" is no technology.
std::vector<Match> find_web_addresses(std::string_view text);

/// True when the text holds an email, a phone number or a profile URL.
bool has_contact_detail(std::string_view text);

/// Digits only ("+1 (555) 014-2233" -> "15550142233").
std::string digits_of(std::string_view text);

}  // namespace atslint
