#include <doctest/doctest.h>

#include <algorithm>

#include "linter/error.h"
#include "parsers/text/decode.h"
#include "parsers/text/text_reader.h"
#include "parsers/frontend.h"

using namespace atslint;

TEST_CASE("decoding: UTF-8 with and without BOM") {
  CHECK(decode_text("Résumé\n") == "Résumé\n");
  CHECK(decode_text("\xEF\xBB\xBFRésumé") == "Résumé");
}

TEST_CASE("decoding: UTF-16 with BOM, both byte orders") {
  std::string le("\xFF\xFE" "J\0o\0\xE9\0\n\0", 10);
  CHECK(decode_text(le) == "Jo\xC3\xA9\n");
  std::string be("\xFE\xFF\0J\0o\0\xE9", 8);
  CHECK(decode_text(be) == "Jo\xC3\xA9");
}

TEST_CASE("decoding: Latin-1 and Windows-1252 resumes are read, not rejected") {
  // "Expérience professionnelle\nCrédit Agricole – Zürich" in Latin-1 / cp1252 bytes.
  std::string latin1 = "Exp\xE9rience professionnelle\nCr\xE9" "dit Agricole, Z\xFCrich\n";
  CHECK(decode_text(latin1) == "Expérience professionnelle\nCrédit Agricole, Zürich\n");
  std::string cp1252 = "Led the team \x96 cut costs by 20%, \x93on time\x94\n";
  CHECK(decode_text(cp1252) == "Led the team – cut costs by 20%, “on time”\n");
}

TEST_CASE("decoding: a 'Generic / Text Only' printer's code page 850 is read as such, ordinals too") {
  // "Expérience à Troyes – Préparateur" in code page 850: Windows-1252 reads é as '‚' and à as '…'.
  std::string french = "Exp\x82rience \x85 Troyes - Pr\x82parateur de commandes\r\n";
  CHECK(decode_text(french) == "Expérience à Troyes - Préparateur de commandes\n");
  // "Operações de armazém, n.º 41": "º" stands alone, an ordinal.
  std::string portuguese = "Opera\x87\xE4" "es de armaz\x82m, n.\xA7 41, Respons\xA0vel, Forma\x87\xC6o, gest\xC6o\r\n";
  CHECK(decode_text(portuguese) == "Operações de armazém, n.o 41, Responsável, Formação, gestão\n");
  // Windows-1252 stays Windows-1252: "Müller, Zürich" is no code page 850 text.
  CHECK(decode_text("M\xFCller, Z\xFCrich, \xE9t\xE9\n") == "Müller, Zürich, été\n");
}

TEST_CASE("decoding: a Mac's 'Text (Macintosh)' export is read as Mac Roman") {
  // "Sébastien THIÉBAUT / Épinal, bâtiment, maçon" in Mac Roman: Windows-1252 reads é as 'Ž', É as 'ƒ', â as '‰'.
  std::string mac = "S\x8E" "bastien THI\x83" "BAUT\n\x83pinal, b\x89timent, ma\x8Don, chef d'\x8E" "quipe\n";
  CHECK(decode_text(mac) == "Sébastien THIÉBAUT\nÉpinal, bâtiment, maçon, chef d'équipe\n");
  // A surname in capitals with its accent: Windows-1252 wedges no symbol there ("SŽbastien LEFéVRE"), Mac Roman reads it.
  CHECK(decode_text("S\x8E" "bastien LEF\xE9VRE\nRennes, \x8E" "quipe de nuit\n") == "Sébastien LEFÈVRE\nRennes, équipe de nuit\n");
  // Code page 850 stays code page 850.
  CHECK(decode_text("Exp\x82rience \x85 Troyes - Pr\x82parateur\n") == "Expérience à Troyes - Préparateur\n");
}

TEST_CASE("decoding: broken UTF-8 and binary noise are errors, not garbage") {
  // Valid multi-byte text with a damaged sequence: the author wrote UTF-8.
  CHECK_THROWS_AS(decode_text("Résumé \xC3\x28 broken"), AtsError);
  CHECK_THROWS_AS(decode_text("\xEF\xBB\xBFok \xFF"), AtsError);
  // Stray high bytes that are no plausible legacy text.
  CHECK_THROWS_AS(decode_text("Experience \xFF\xFE\xFD\n"), AtsError);
  std::string noise;
  for (int i = 0; i < 512; ++i) noise.push_back(static_cast<char>((i * 37) % 256));
  try {
    decode_text(noise);
    FAIL("binary noise was decoded");
  } catch (const AtsError& error) {
    CHECK((error.code() == "binary" || error.code() == "bad-encoding"));
  }
}

TEST_CASE("decoding: NFKC folds ligatures and CRLF/CR become LF") {
  CHECK(decode_text("O\xEF\xAC\x83" "ce\r\nline\rend") == "Office\nline\nend");
}

TEST_CASE("text front end: bullets, numbers and line locations") {
  auto doc = read_text("cv.txt", "EXPERIENCE\n• Built a thing\n  - Cut costs 20%\n1. First\n➢ Arrow item\nPlain line\n",
                       Format::Txt);
  REQUIRE(doc.lines.size() == 6);
  CHECK_FALSE(doc.lines[0].list_item);
  CHECK(doc.lines[1].list_item);
  CHECK(doc.lines[1].list_marker == "•");
  CHECK(doc.lines[1].text == "Built a thing");
  CHECK(doc.lines[2].list_marker == "-");
  CHECK(doc.lines[2].location.line == 3);
  CHECK(doc.lines[2].location.column == 5);
  CHECK(doc.lines[3].list_marker == "1.");
  CHECK(doc.lines[4].list_marker == "➢");
  CHECK_FALSE(doc.lines[5].list_item);
  CHECK(doc.lines[0].location.describe() == "1:1");
}

TEST_CASE("text front end: a hyphenated word or a date range is not a bullet") {
  auto doc = read_text("cv.txt", "-2019 award\n2019 - 2021\n", Format::Txt);
  CHECK_FALSE(doc.lines[0].list_item);
  CHECK_FALSE(doc.lines[1].list_item);
}

TEST_CASE("markdown: headings marked, inline markup reduced to text, links kept") {
  auto doc = read_text("cv.md",
                       "# Jane Doe\n\n## Experience\n\n- **Led** the [billing](https://x.example/b) team\n"
                       "Skills\n------\nsnake_case_name stays\n\n---\n",
                       Format::Md);
  REQUIRE(doc.lines.size() == 5);
  CHECK(doc.lines[0].heading);
  CHECK(doc.lines[0].heading_level == 1);
  CHECK(doc.lines[1].text == "Experience");
  CHECK(doc.lines[1].heading_level == 2);
  CHECK(doc.lines[2].list_item);
  CHECK(doc.lines[2].text == "Led the billing team");
  CHECK(doc.lines[2].runs.at(0).link == "https://x.example/b");
  CHECK(doc.lines[3].text == "Skills");
  CHECK(doc.lines[3].heading);
  CHECK(doc.lines[4].text == "snake_case_name stays");
}

TEST_CASE("text front end: whitespace-only files are an error") {
  CHECK_THROWS_AS(read_text("cv.txt", " \n\t\n", Format::Txt), AtsError);
}

TEST_CASE("plain text: underlined headings are headings, rule lines carry no text") {
  auto document = read_document("cv.txt", "Jane Roe\n========\n\nEXPERIENCE\n----------\nAcme   2020 - 2021\n\n~~~~~~~~~~\n");
  std::vector<std::string> texts;
  for (const auto& line : document.lines) texts.push_back(line.text);
  CHECK(texts == std::vector<std::string>{"Jane Roe", "EXPERIENCE", "Acme   2020 - 2021"});
  REQUIRE(document.lines.size() == 3);
  CHECK(document.lines[1].heading);
}

TEST_CASE("an org-mode CV reads as the Markdown it exports to: settings as contact lines, '*' as headings, a drawer as the entry's line") {
  auto document = read_document("cv.org",
                                "#+TITLE: Kiri Matheson\n#+EMAIL: kiri@example.nz\n#+GITHUB: kmatheson\n#+OPTIONS: toc:nil\n\n"
                                "* Experience\n** Senior GIS Developer\n:PROPERTIES:\n:FROM:     <2020-02-03 Mon>\n:TO:       present\n"
                                ":EMPLOYER: Tohu Spatial Limited\n:LOCATION: Wellington\n:END:\n- Led the flood viewer.\n");
  std::vector<std::string> texts;
  for (const auto& line : document.lines) texts.push_back(line.text);
  CHECK(texts == std::vector<std::string>{"Kiri Matheson", "kiri@example.nz", "github.com/kmatheson", "Experience",
                                          "Senior GIS Developer", "Tohu Spatial Limited | Wellington | 02/2020 – present",
                                          "Led the flood viewer."});
  REQUIRE(document.lines.size() == 7);
  CHECK(document.lines[3].heading);
  CHECK(document.lines[3].heading_level == 2);
  CHECK(document.lines[4].heading_level == 3);
  CHECK(document.lines[5].location.line == 13);  // the drawer's line is where it ends
  CHECK(document.lines[6].list_item);
}

TEST_CASE("an org-mode CV titled 'CV' is named by its author; a drawer left open ends at the next heading") {
  auto document = read_document("cv.org", "#+TITLE: Curriculum Vitae\n#+AUTHOR: Kiri Matheson\n\n* Experience\n** Surveyor\n"
                                          ":PROPERTIES:\n:EMPLOYER: Ruahine Survey Ltd\n* Skills\nQGIS, PostGIS\n");
  std::vector<std::string> texts;
  for (const auto& line : document.lines) texts.push_back(line.text);
  CHECK(texts == std::vector<std::string>{"Kiri Matheson", "Experience", "Surveyor", "Skills", "QGIS, PostGIS"});
}

TEST_CASE("decoding: a terminal's bold and underline (SGR escapes, nroff overstrikes) are dropped, the letters kept") {
  CHECK(decode_text("\x1B[1mBronwyn Keast\x1B[0m\n") == "Bronwyn Keast\n");
  CHECK(decode_text("\x1B[4mTasNetworks\x1B[24m Pty Ltd\n") == "TasNetworks Pty Ltd\n");
  CHECK(decode_text("B\bBo\bob\bb _\bS_\bm_\bi_\bt_\bh\n") == "Bob Smith\n");
}

TEST_CASE("a Joplin note's raw export: task boxes are no words of their items, its closing record of keys is no text") {
  auto doc = read_text("cv.md",
                       "Resume - Darren (2025)\n\n# Darren Kowalchuk\n\n## Skills\n\n- [x] Laser shaft alignment\n- [ ] SAP PM\n\n"
                       "id: 4e8a1f6d2c3b4a7e9d0f1b2c3a4e5d6f\nparent_id: 0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d\n"
                       "created_time: 2024-11-02T18:22:41.118Z\nis_conflict: 0\nlatitude: 53.91705360\nauthor: \ntype_: 1\n",
                       Format::Md);
  REQUIRE(doc.lines.size() == 5);
  CHECK(doc.lines[3].text == "Laser shaft alignment");
  CHECK(doc.lines[4].text == "SAP PM");
  // A résumé's own closing lines of labels stay: "Skills: Go" is capitalised, no record's key.
  auto plain = read_text("cv.txt", "Jane Doe\n\nSkills: Go, SQL\nLanguages: English\nHobbies: chess\n", Format::Txt);
  CHECK(plain.lines.size() == 4);
}

TEST_CASE("review: a developer's closing block of lower-case skills is no note app's record; Windows-1252 with apostrophes stays") {
  auto doc = read_text("cv.md", "# Dev\n\n## Skills\n\nlanguages: go, python\nci_cd: gitlab ci\ncloud: aws\ndb: postgres\n"
                                "tools: vim\nos: linux\n", Format::Md);
  CHECK(doc.lines.size() == 8);
  CHECK(decode_text("Se\xE1n O\x92" "Brien, I\x92m a nurse\n") == "Seán O’Brien, I’m a nurse\n");
}

TEST_CASE("decoding: UTF-8 read once as Windows-1252 and saved again ('â€¢', 'Ã©', 'Â ') is repaired; real accents stay") {
  // "• Café – 12 years’ … “Superb” …": each character's UTF-8 bytes spelt as Windows-1252 letters, then as UTF-8.
  std::string mangled = "\xC3\xA2\xE2\x82\xAC\xC2\xA2 Caf\xC3\x83\xC2\xA9 \xC3\xA2\xE2\x82\xAC\xE2\x80\x9C 12\xC3\x82\xC2\xA0years\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2"
                        " \xC3\xA2\xE2\x82\xAC\xC5\x93Superb\xC3\xA2\xE2\x82\xAC\xC2\x9D\n";
  CHECK(decode_text(mangled) == "• Café – 12 years’ “Superb”\n");
  CHECK(decode_text("Caf\xC3\xA9 \xC3\xA0 Paris, \xC3\xA9t\xC3\xA9 2019 \xE2\x80\x93 2020\n") == "Café à Paris, été 2019 – 2020\n");
}

TEST_CASE("decoding: accents lost to U+FFFD inside words are text; the same marks alone among symbols stay noise") {
  std::string lost = "EXP\uFFFDRIENCES PROFESSIONNELLES\r\nf\uFFFDvr. 2021 : Commis, H\uFFFDtel Le Parc des D\uFFFDmes\r\n";
  CHECK(decode_text(lost).starts_with("EXP\uFFFDRIENCES"));
  std::string noise;
  for (int i = 0; i < 40; ++i) noise += "\uFFFD\x01 ";
  CHECK_THROWS_AS(decode_text(noise), AtsError);
}

TEST_CASE("pandoc Markdown: bracketed spans give their text, spans set side by side are items apart") {
  auto doc = read_text("cv.md",
                       "## Experience\n\n[Sadashiv Constructions]{.company} · [Hubballi, Karnataka]{.location}\n\n"
                       "## Skills\n\n[AutoCAD]{.chip} [STAAD.Pro]{.chip} [MS Excel]{.chip}\n",
                       Format::Md);
  REQUIRE(doc.lines.size() == 4);
  CHECK(doc.lines[1].text == "Sadashiv Constructions · Hubballi, Karnataka");
  CHECK(doc.lines[3].text == "AutoCAD, STAAD.Pro, MS Excel");
}

TEST_CASE("a text paginated by pr: page headers are no text, a sentence the page cut goes on under its start") {
  std::string text = "Sanne Kuipers\n\nWERKERVARING\nZorghulp\nThuiszorg Zaanstreek, Wormerveer\nHulp bij ouderen, 12-16 uur\n\n\n\n\n"
                     "2025-02-18 09:47               cv_sanne_kuipers.txt               Page 2\n\n\n"
                     "per week in weekend- en vakantiediensten.\n\nOPLEIDING\n";
  auto doc = read_text("cv.txt", text, Format::Txt);
  std::vector<std::string> texts;
  for (const auto& line : doc.lines) texts.push_back(line.text);
  CHECK(std::find_if(texts.begin(), texts.end(), [](const std::string& t) { return t.find("Page 2") != std::string::npos; }) == texts.end());
  auto cut = std::find(texts.begin(), texts.end(), "Hulp bij ouderen, 12-16 uur");
  REQUIRE(cut != texts.end());
  REQUIRE(cut + 1 != texts.end());
  CHECK(*(cut + 1) == "per week in weekend- en vakantiediensten.");
  CHECK(doc.lines[static_cast<size_t>(cut - texts.begin()) + 1].location.line == doc.lines[static_cast<size_t>(cut - texts.begin())].location.line + 1);
}

TEST_CASE("pandoc Markdown with raw LaTeX: the typeset text, a link as its label with its target, spacing as a column gap") {
  auto doc = read_text("cv.md",
                       "\\begin{center}\n{\\LARGE\\textbf{Alessia Ramella}}\\\\[3pt]\n"
                       "\\faPhone*\\ +39 347 218 6604 \\quad\n"
                       "\\faLinkedin\\ \\href{https://www.linkedin.com/in/alessia-ramella-bi/}{Alessia Ramella}\n\\end{center}\n\n"
                       "# Esperienze\n\nProcess Engineer \\hfill 03/2016 -- 08/2019\n",
                       Format::Md);
  std::vector<std::string> texts;
  for (const auto& line : doc.lines) texts.push_back(line.text);
  CHECK(std::find(texts.begin(), texts.end(), "Alessia Ramella") != texts.end());
  CHECK(std::find(texts.begin(), texts.end(), "+39 347 218 6604") != texts.end());
  CHECK(std::find(texts.begin(), texts.end(), "Process Engineer   03/2016 -- 08/2019") != texts.end());
  CHECK(std::none_of(texts.begin(), texts.end(), [](const std::string& t) { return t.find('\\') != std::string::npos; }));
  bool linked = false;
  for (const auto& line : doc.lines)
    for (const auto& run : line.runs) linked = linked || run.link == "https://www.linkedin.com/in/alessia-ramella-bi/";
  CHECK(linked);
}

TEST_CASE("GitBook's block tags ('{% stepper %}', '{% step %}', '{% hint style=\"info\" %}') print nothing; the text between stays") {
  auto doc = read_text("README.md",
                       "# Lea Brenner\n\n## Berufserfahrung\n\n{% stepper %}\n{% step %}\n### Technische Redakteurin\n"
                       "DokuWerk Ostalb GmbH, Aalen\n{% endstep %}\n{% endstepper %}\n\n{% hint style=\"info\" %}\nVerfügbar ab 04/2025\n{% endhint %}\n",
                       Format::Md);
  for (const auto& line : doc.lines) CHECK(line.text.find("{%") == std::string::npos);
  auto has = [&](std::string_view text) {
    return std::any_of(doc.lines.begin(), doc.lines.end(), [&](const Line& line) { return line.text == text; });
  };
  CHECK(has("Technische Redakteurin"));
  CHECK(has("Verfügbar ab 04/2025"));
}
