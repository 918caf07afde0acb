#include <doctest/doctest.h>

#include "linter/patterns.h"

using namespace atslint;

TEST_CASE("emails are found inside contact lines") {
  auto emails = find_emails("jane.doe+cv@mail.example.co.uk · Portland");
  REQUIRE(emails.size() == 1);
  CHECK(emails[0].text == "jane.doe+cv@mail.example.co.uk");
  CHECK(find_emails("no at sign here").empty());
}

TEST_CASE("phones in international, US and dotted forms, but not year ranges") {
  CHECK(find_phones("+44 20 7946 0958").size() == 1);
  CHECK(find_phones("(555) 014-2233").size() == 1);
  CHECK(find_phones("555.014.2233").size() == 1);
  CHECK(find_phones("+49 151 23456789").size() == 1);
  CHECK(find_phones("2019 - 2021").empty());
  CHECK(find_phones("Jan 2020 – Mar 2022").empty());
  CHECK(find_phones("01/2020 - 03/2022").empty());
}

TEST_CASE("profile URLs with and without scheme") {
  CHECK(find_urls("linkedin.com/in/jane-doe").size() == 1);
  CHECK(find_urls("see https://janedoe.dev/work for more").at(0).text == "https://janedoe.dev/work");
  CHECK(find_urls("plain words only").empty());
}

TEST_CASE("digits_of keeps only digits") { CHECK(digits_of("+1 (555) 014-2233") == "15550142233"); }

TEST_CASE("bare personal domains are web addresses in contact lines, product names are not links") {
  auto urls = find_web_addresses("Madrid, Spain  luciaferrer.es  janedoe.dev/blog");
  REQUIRE(urls.size() == 2);
  CHECK(urls[0].text == "luciaferrer.es");
  CHECK(urls[1].text == "janedoe.dev/blog");
  CHECK(find_web_addresses("C#, ASP.NET, Socket.io, Node.js, Vue.js").empty());
  CHECK(find_web_addresses("Graduated in 2019. Moved to Berlin.").empty());
  CHECK(find_web_addresses("jane@janedoe.dev").empty());
  auto linked = find_web_addresses("https://janedoe.dev/about");
  REQUIRE(linked.size() == 1);
  CHECK(linked[0].text == "https://janedoe.dev/about");
  CHECK(find_urls("Skills: socket.io, express").empty());  // elsewhere a lower-case "socket.io" is a technology
}

TEST_CASE("a German number with a slash after the area code and DIN 5008 pairs is one phone") {
  auto phones = find_phones("Mobil:          0171 / 4 83 29 06");
  REQUIRE(phones.size() == 1);
  CHECK(digits_of(phones[0].text) == "01714832906");
  CHECK(find_phones("Seite 2 / 3").empty());
}

TEST_CASE("a post box's number is no phone; two numbers printed in a row are cut before the second's trunk 0") {
  CHECK(find_phones("P.O. Box 48213-00100, Nairobi, Kenya").empty());
  CHECK(find_phones("Postfach 10 20 30, 70173 Stuttgart").empty());
  auto two = find_phones("+39 347 218 5590 02 8734 2210");
  REQUIRE_FALSE(two.empty());
  CHECK(two[0].text == "+39 347 218 5590");
  auto london = find_phones("+44 20 7946 0958");  // a 0 inside one number
  REQUIRE(london.size() == 1);
  CHECK(london[0].text == "+44 20 7946 0958");
}

TEST_CASE("a Belgian number with its groups after an unspaced slash is a phone; a month and year are not") {
  REQUIRE(find_phones("GSM 0478/12.34.56").size() == 1);
  CHECK(find_phones("GSM 0478/12.34.56")[0].text == "0478/12.34.56");
  CHECK(find_phones("01/2019 - 03/2021").empty());
  CHECK(find_phones("2019/2020").empty());
  REQUIRE(find_phones("GSM +32 478/12.34.56").size() == 1);  // with the country code for the trunk 0
  CHECK(find_phones("GSM +32 478/12.34.56")[0].text == "+32 478/12.34.56");
}

TEST_CASE("a licence or membership number after its label is no phone; a labelled mobile number is one") {
  CHECK(find_phones("Enfermera · No de colegiada 282812345").empty());
  CHECK(find_phones("Registration No. 4451 2345").empty());
  CHECK(find_phones("DNI: 12345678").empty());
  auto chilean = find_phones("RUT: 16.482.915-3 • Antofagasta, Chile • +56 9 8765 4321");  // a national ID number
  REQUIRE_FALSE(chilean.empty());
  CHECK(chilean[0].text.find("8765 4321") != std::string::npos);
  CHECK(find_phones("Mobile No.: +91 98765 43210").size() == 1);
  CHECK(find_phones("Contact No 98765 43210").size() == 1);
  // A word that merely ends like a label ("Madrid", "Beirut", "David") is no label.
  CHECK(find_phones("Calle Mayor 5, Madrid    +34 612 345 678").size() == 1);
  CHECK(find_phones("Beirut: +961 71 123 456").size() == 1);
}

TEST_CASE("a citation's page range after its volume is no phone number; a number after a label's colon is") {
  CHECK(find_phones("Holloway TR. West J Nurs Res. 2016;38(11):1420–1437.").empty());
  CHECK(find_phones("J Cardiovasc Nurs. 2019;34:2210-2231").empty());
  CHECK(find_phones("Tel.:030-1234567").size() == 1);
}

TEST_CASE("a firm's registration number is no phone: 'ABN 41 612 887 309', 'SIRET 812 345 678 00019'") {
  CHECK(find_phones("Wide Bay Talent Co. Pty Ltd · ABN 41 612 887 309 · Confidential").empty());
  CHECK(find_phones("SARL Dupont · SIRET 812 345 678 00019").empty());
  CHECK(find_phones("Mobile 0412 345 678").size() == 1);
}

TEST_CASE("a German landline with a five-digit area code before a spaced slash is one number") {
  auto phones = find_phones("Telefon 07951 / 48 31 27  ·  mobil 0171 / 62 09 514");
  REQUIRE(phones.size() == 2);
  CHECK(phones[0].text == "07951 / 48 31 27");
  CHECK(phones[1].text == "0171 / 62 09 514");
  // A postcode before a slash and a town is no number.
  CHECK(find_phones("74564 / Crailsheim").empty());
}
