// Held-out rounds 105–106 and the public corpus: what session 46's documents taught.
#include <doctest/doctest.h>

#include <algorithm>

#include "linter/document.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("Indian CVs' 'MAIL ID:' label is no town in Idaho") {
  auto resume = parse_text("Koteswararao Maddi\nMAIL ID:RAMAKOTESWARARAOMADDI789@GMAIL.COM   Mobile:9701717613\n\n"
                           "EXPERIENCE\nClerk, Acme Ltd, 2019 - 2020\n");
  CHECK(resume.contact.email == "RAMAKOTESWARARAOMADDI789@GMAIL.COM");
  CHECK(resume.contact.city.empty());
  CHECK(resume.contact.location_text.empty());
}

TEST_CASE("a referee's details under a job are not the person's, whatever comes first") {
  auto resume = parse_text("FORMULAIRE TECH-6\nNom de l'expert :   Élodie CARRÈRE\n\nEXPÉRIENCE PROFESSIONNELLE\n\n"
                           "03/2019 – à ce jour\nHYDROSUD Conseil SARL, Albi\nHydrogéologue principale\n"
                           "Réf. : M. Jean-Luc Ferrand, gérant, +33 5 63 48 20 17, jl.ferrand@hydrosud-conseil.fr\n\n"
                           "Coordonnées de l'expert : (courriel : e.carrere.hydro@orange.fr ; téléphone : +33 6 72 18 45 09)\n");
  CHECK(resume.contact.name == "Élodie CARRÈRE");
  CHECK(resume.contact.email == "e.carrere.hydro@orange.fr");
  CHECK(resume.contact.phone == "+33 6 72 18 45 09");
}

TEST_CASE("an Italian sworn CV opens on the declarant's name") {
  auto resume = parse_text("CURRICULUM FORMATIVO E PROFESSIONALE\nLa sottoscritta Chiara BERTI, nata ad Adria (RO) il 22/09/1988, "
                           "consapevole delle sanzioni penali\nDICHIARA\n\nDati anagrafici\nTelefono cellulare   347 218 9043\n"
                           "E-mail   chiara.berti88@libero.it\n");
  CHECK(resume.contact.name == "Chiara BERTI");
}

TEST_CASE("a town hall's form: the name, the phone and the town each under its label in a row of labels") {
  auto resume = parse_text("AYUNTAMIENTO DE LORCA\nMODELO DE CURRÍCULUM VITAE\n1. DATOS PERSONALES\n"
                           "Primer apellido   Segundo apellido   Nombre\nNavarro   Sánchez   Lucía\n"
                           "DNI / NIE   Fecha de nacimiento   Nacionalidad\n23298451-K   07/05/1994   Española\n"
                           "Domicilio (calle, número, piso)   Localidad   Provincia   C.P.\nC/ Corredera, 28, 3.o B   Lorca   Murcia   30800\n"
                           "Teléfono   Correo electrónico\n626 418 903   lucianavarro.edu@gmail.com\n");
  CHECK(resume.contact.name == "Lucía Navarro Sánchez");
  CHECK(resume.contact.phone == "626 418 903");
  CHECK(resume.contact.location_text == "Lorca, Murcia");
  // A label beside its value over the next field's row is no row of labels.
  auto dutch = parse_text("Bram Hofstede\nPERSONALIA\nWoonplaats   Emmen\nGeboortedatum   11-04-1991\nE-mail   bram@example.nl\n");
  CHECK(dutch.contact.location_text == "Emmen");
}

TEST_CASE("a recruiter's tag 'Local – Donegal' is no labelled place; the contact card's is") {
  auto resume = parse_text("Ciarán McGettigan\n\nSummary\nQuantity surveyor.\n\nContact Details\nEmail\nciaran@example.ie\n"
                           "Phone\n087 412 9936\nLocation\nLetterkenny, Co. Donegal, Ireland\nTags\nChartered Civils\n"
                           "Local – Donegal   PW-CF\n");
  CHECK(resume.contact.location_text == "Letterkenny, Co. Donegal, Ireland");
}

TEST_CASE("a freelancer's card far down the first page gives the place when nothing above does") {
  auto resume = parse_text("Hélène V.\nContrôleuse de gestion industrielle\n\nÀ propos\nQuatorze ans de contrôle de gestion.\n\n"
                           "Expériences\nContrôleuse de gestion   sept. 2023 - aujourd'hui\nBerry Aéro Composants · Bourges\n\n"
                           "TJM INDICATIF\n650 €\nLOCALISATION\nBourges, France\n");
  CHECK(resume.contact.location_text == "Bourges, France");
}

TEST_CASE("a name drawn as a picture: the signature the e-mail spells, not the tagline") {
  auto resume = parse_text("L E B E N S L A U F\nFriseurmeisterin · Salonleitung · Coloristin\n\nPersönliche Daten\n"
                           "Telefon: 0176 / 482 913 57\nE-Mail: tanja.reinhardt@web.de\n\nBeruflicher Werdegang\n"
                           "seit 04/2019 Salonleiterin\nHaarwerk Südpfalz GmbH\n\nHobbys\nYoga\n\nLandau, 14.10.2024\nTanja Reinhardt\n");
  CHECK(resume.contact.name == "Tanja Reinhardt");
}

namespace {

std::vector<std::pair<std::string, std::string>> jobs_of(const std::string& experience_lines) {
  auto resume = parse_text("Asha Rao\nasha@example.com\n+44 20 7946 0000\n\nExperience\n\n" + experience_lines);
  std::vector<std::pair<std::string, std::string>> jobs;
  for (const auto& entry : resume.work) jobs.emplace_back(entry.position, entry.company);
  return jobs;
}

}  // namespace

TEST_CASE("a town with its département under 'Title – Employer' is no second employer") {
  CHECK(jobs_of("Chargée de ressources humaines (CDD) – Mutualité Centre-Val de Loire          janv. 2015 – août 2016\n"
                "Bourges (18)\n– Gestion administrative du personnel\n") ==
        std::vector<std::pair<std::string, std::string>>{{"Chargée de ressources humaines (CDD)", "Mutualité Centre-Val de Loire"}});
}

TEST_CASE("an employer's town after its comma: a town of four words, a known town with its district, past a remark") {
  CHECK(jobs_of("seit 04/2019 Salonleiterin\nHaarwerk Südpfalz GmbH, Landau in der Pfalz\n• Führung von 6 Mitarbeitern\n") ==
        std::vector<std::pair<std::string, std::string>>{{"Salonleiterin", "Haarwerk Südpfalz GmbH"}});
  CHECK(jobs_of("Transportplanner – Kuehne + Nagel, Antwerpen (Berchem)\nmaart 2016 – aug. 2020\n• Dagelijkse planning\n") ==
        std::vector<std::pair<std::string, std::string>>{{"Transportplanner", "Kuehne + Nagel"}});
  CHECK(jobs_of("Territory Sales Executive          July 2011 – July 2013\n"
                "Sri Lakshmi Agencies (distributor for Hindustan brands), Eluru\n• Order booking\n") ==
        std::vector<std::pair<std::string, std::string>>{{"Territory Sales Executive", "Sri Lakshmi Agencies"}});
}

TEST_CASE("agency candidate sheets: Italian 'Mansione' and Dutch 'Opdrachtgever' label the post and the client") {
  CHECK(jobs_of("Periodo   03/2020 – in corso\nAzienda   Ceramiche Santerno S.p.A. – Imola (BO)\nSettore   Industria ceramica\n"
                "Mansione   Impiegata contabile – ciclo passivo\nAttività svolte   Registrazione fatture passive\n\n"
                "Periodo   09/2016 – 02/2020\nAzienda   Studio Commerciale Ghini & Associati\nMansione   Addetta contabilità e paghe\n") ==
        std::vector<std::pair<std::string, std::string>>{{"Impiegata contabile – ciclo passivo", "Ceramiche Santerno S.p.A."},
                                                         {"Addetta contabilità e paghe", "Studio Commerciale Ghini & Associati"}});
  auto dutch = jobs_of("Periode   sep. 2021 – heden\nOpdrachtgever   NoordChem Polymeren B.V., Emmen\nFunctie   Procesengineer Polymerisatie\n"
                       "Werkzaamheden   Procesoptimalisatie van twee lijnen\n\nPeriode   aug. 2015 – feb. 2019\n"
                       "Werkgever   Hollandse Vezelindustrie B.V., Coevorden\nFunctie   Onderhoudsengineer\n");
  CHECK(dutch == std::vector<std::pair<std::string, std::string>>{{"Procesengineer Polymerisatie", "NoordChem Polymeren B.V."},
                                                                  {"Onderhoudsengineer", "Hollandse Vezelindustrie B.V."}});
}

TEST_CASE("a Spanish form's 'TITULACIÓN ACADÉMICA' heads the education section") {
  auto resume = parse_text("Lucía Navarro\nlucia@example.es\n\n2. TITULACIÓN ACADÉMICA\nGrado en Educación Infantil, Universidad de Murcia, 2020\n");
  REQUIRE(!resume.sections.empty());
  CHECK(resume.sections[0].canonical == "education");
}

TEST_CASE("children's ages in a title's remark are no duration") {
  CHECK(jobs_of("Técnica de Educación Infantil (aula 1-2 años)          01/09/2020 – Actualidad\nE.I. Pequeñines S.L.\n"
                "• Programación de aula\n") ==
        std::vector<std::pair<std::string, std::string>>{{"Técnica de Educación Infantil (aula 1-2 años)", "E.I. Pequeñines S.L."}});
}

TEST_CASE("a freelance profile: a logo's square between title and employer, the contract after the dates") {
  CHECK(jobs_of("Responsable contrôle de gestion usine\nSP\nSoflaris Packaging · Vierzon\n"
                "mars 2015 - janv. 2022 · 6 ans 11 mois · CDI\n• Management d'une équipe de 2 contrôleurs\n") ==
        std::vector<std::pair<std::string, std::string>>{{"Responsable contrôle de gestion usine", "Soflaris Packaging"}});
}

TEST_CASE("an employer banner with its town and span over the roles held there") {
  CHECK(jobs_of("Vilstaler Kunststofftechnik GmbH & Co. KG · Amberg (09/2014 – heute)\nseit 04/2019 Leiter Instandhaltung\n"
                "• Führung von 28 Mitarbeitenden\n09/2014 – 03/2019 Teamleiter Elektroinstandhaltung\n• Leitung eines Teams\n") ==
        std::vector<std::pair<std::string, std::string>>{{"Leiter Instandhaltung", "Vilstaler Kunststofftechnik GmbH & Co. KG"},
                                                         {"Teamleiter Elektroinstandhaltung", "Vilstaler Kunststofftechnik GmbH & Co. KG"}});
}

TEST_CASE("review 46: a birth row of labels, a contract grade, a client in brackets, a care home, a hospice, a salon") {
  // "Fecha de nacimiento   Localidad   Provincia": where one was born, under the labelled home address.
  auto born = parse_text("Lucía Navarro\nDomicilio: C/ Corredera, 28 · 30800 Lorca (Murcia)\nlucia.navarro@gmail.com\n"
                         "Fecha de nacimiento   Localidad   Provincia\n14/05/1992   Linares   Jaén\n");
  CHECK(born.contact.city == "Lorca");
  // "Qualifica" is the contract's grade, "Mansione" the post.
  CHECK(jobs_of("Periodo   03/2017 - 12/2023\nAzienda   Polesine Trasporti S.r.l.\nQualifica   Impiegata 4° livello\n"
                "Mansione   Addetta contabilità fornitori\n") ==
        std::vector<std::pair<std::string, std::string>>{{"Addetta contabilità fornitori", "Polesine Trasporti S.r.l."}});
  // A care home named like a town stays in the employer's name.
  CHECK(jobs_of("Altenpflegerin\nAWO Seniorendienste gGmbH, Haus an der Linde\n2015 - 2023\n").front().second ==
        "AWO Seniorendienste gGmbH, Haus an der Linde");
  // "Sterbebegleitung" ends in "-leitung" but names no post.
  CHECK(jobs_of("Koordinatorin   Hospizdienst Sterbebegleitung   Kassel\n2018 – heute\n").front() ==
        std::pair<std::string, std::string>{"Koordinatorin", "Hospizdienst Sterbebegleitung"});
  // The e-mail spells the salon, not a signature.
  auto salon = parse_text("Friseurmeisterin · Salonleitung\nE-Mail: salon.koehler@t-online.de\n\nBERUFSERFAHRUNG\nInhaberin\n"
                          "Salon Köhler, Kassel\n2012 – heute\n");
  CHECK(salon.contact.name != "Salon Köhler");
}

TEST_CASE("review 46: one's own details in a references line, where no other line gives them; a cell phone's mark") {
  auto own = parse_text("Anna Schmidt\n\nBERUFSERFAHRUNG\nSachbearbeiterin\nMüller GmbH\n2017 - heute\n\n"
                        "Referenzen: gerne auf Anfrage unter 0171 2345678 oder anna.schmidt@web.de\n");
  CHECK(own.contact.email == "anna.schmidt@web.de");
  CHECK(own.contact.phone == "0171 2345678");
  auto cell = parse_text("JOHN MILLER\nPhone: 650-555-0134-C\njohn.miller@gmail.com\n");
  CHECK(cell.contact.phone == "650-555-0134");
}

TEST_CASE("a chat assistant's Markdown pasted into a .txt is read as Markdown") {
  auto resume = parse_text("Claro! Aqui está o seu currículo:\n\n---\n\n**RAFAEL MOREIRA**\n📞 (31) 98874-2190 | ✉️ rafael@example.com\n\n"
                           "### **Resumo Profissional**\n\nProfissional com **12 anos** em logística.\n\n### **Experiência Profissional**\n\n"
                           "**Líder de Expedição**\n*Distribuidora Minas Alimentos S.A.* — Betim/MG\n*Jan/2016 – Fev/2020*\n\n"
                           "* Coordenação do carregamento de até 60 veículos/dia.\n");
  CHECK(resume.contact.name == "RAFAEL MOREIRA");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Líder de Expedição");
  CHECK(resume.work[0].company == "Distribuidora Minas Alimentos S.A.");
}

TEST_CASE("a MediaWiki staff page: its template's fields, '== headings ==', bold quotes and a wikitable") {
  auto resume = parse_text("{{Infobox medewerker\n| naam = ing. Jeroen Lubbers\n| foto = Lubbers.jpg\n| woonplaats = Hoogeveen\n"
                           "| e-mail = j.lubbers@example.nl\n}}\n__TOC__\n'''Jeroen Lubbers''' is werkvoorbereider.\n\n"
                           "== Werkervaring ==\n=== Calculator / werkvoorbereider – Bouwbedrijf Van der Molen B.V. ===\n''2012 – 2017''\n"
                           "* Calculaties voor woningbouw\n\n== Opleiding ==\n{| class=\"wikitable\"\n! Periode !! Opleiding !! Instelling\n|-\n"
                           "| 2008 – 2012 || Bachelor of Built Environment || Hanzehogeschool Groningen\n|}\n\n[[Categorie:Medewerkers]]\n");
  CHECK(resume.contact.name == "Jeroen Lubbers");
  CHECK(resume.contact.city == "Hoogeveen");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Calculator / werkvoorbereider");
  CHECK(resume.work[0].company == "Bouwbedrijf Van der Molen B.V.");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Hanzehogeschool Groningen");
}

TEST_CASE("a school named by kind words only keeps the town that names it") {
  auto resume = parse_text("Ciaran Boyle\nciaran@example.ie\n\nEducation\nBSc (Hons) in Quantity Surveying\nInstitute of Technology, Sligo\n"
                           "2011 – 2015\nB.Tech in Civil Engineering, National Institute of Technology, Warangal   2018 – 2022\n"
                           "Leaving Certificate\nUniversity of Limerick, Limerick\n2005 – 2010\n");
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[0].institution == "Institute of Technology, Sligo");
  CHECK(resume.education[1].institution == "National Institute of Technology, Warangal");
  CHECK(resume.education[2].institution == "University of Limerick");
}

TEST_CASE("a Dutch 'Vmbo-t' is the whole degree, not 'Vmbo' with the field '-t'") {
  auto resume = parse_text("Jan de Vries\njan@example.nl\n\nOpleiding\n1998 – 2002 Vmbo-t – Reestmond College, Meppel\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Vmbo-t");
}

TEST_CASE("a public job portal's grid: the full name under 'Nome' beside the CPF") {
  auto resume = parse_text("Emprega Brasil\nDados pessoais   Editar\nNome   CPF\nLARISSA BRITO CONCEIÇÃO   ***.482.315-**\n"
                           "Celular   E-mail\n(73) 98812-4471   larissa.brito.sst@gmail.com\n\nExperiências profissionais\n");
  CHECK(resume.contact.name == "LARISSA BRITO CONCEIÇÃO");
}

TEST_CASE("a timeline's entry number and a temp app's 'Terminé' chip are no employer; logo letters spell the firm's words") {
  CHECK(jobs_of("Key Account Manager GDO Nord-Est\n1\nCantine Vallagarina S.c.a. – Rovereto\n2019 – oggi\n• Negoziazione accordi annuali\n") ==
        std::vector<std::pair<std::string, std::string>>{{"Key Account Manager GDO Nord-Est", "Cantine Vallagarina S.c.a."}});
  CHECK(jobs_of("Magasinier – vendeur comptoir   Terminé\nAQ   Agri Quercy Coopérative · Caussade\nsept. 2018 – avr. 2022\n"
                "• Réception des livraisons\n") ==
        std::vector<std::pair<std::string, std::string>>{{"Magasinier – vendeur comptoir", "Agri Quercy Coopérative"}});
}

TEST_CASE("a temp worker's 'Missions' heads the experience section") {
  auto resume = parse_text("Kévin Marty\nkevin@example.fr\n\nMissions\nCariste CACES 5   2024 – 2026\nLogisud Distribution · Montauban\n");
  REQUIRE(!resume.sections.empty());
  CHECK(resume.sections[0].canonical == "experience");
}

TEST_CASE("contact labels and addresses of Irish and South African forms") {
  // "Email Address" is a label, no town; a house number and townland stacked down to the Eircode.
  auto irish = parse_text("Application Summary\nPersonal Details\nFirst Name   Siobhán\nSurname   Keating\nAddress   14 Irishtown\n"
                          "   Clonmel\n   Co. Tipperary\n   E91 K7P2\nEmail Address   siobhan.keating88@eircom.net\n\nEmployment History\n");
  CHECK(irish.contact.location_text == "Clonmel, Co. Tipperary");
  // A town before its four-figure postcode, then the province.
  auto african = parse_text("Tshilidzi Netshiavha\nAddress: Stand 2214, Block G, Thohoyandou 0950, Limpopo\nEmail: tp@example.com\n\nEducation\n");
  CHECK(african.contact.location_text == "Thohoyandou, Limpopo");
  // A trade licence with its country's letters in a tagline is no town in Ireland.
  auto licence = parse_text("TSHEPO DANIEL MOLEFE\nQualified Electrician | Wireman’s Licence (IE) | Trade Tested\n"
                            "072 384 5519 | tshepo@example.com\n14 Buffeldoorn Street, Flamwood, Klerksdorp, North West, 2571\n\nWORK EXPERIENCE\n");
  CHECK(licence.contact.location_text.find("Licence") == std::string::npos);
}

TEST_CASE("a town with its département alone under a date line, over the title and the employer; 'Neustadt b. Coburg'") {
  CHECK(jobs_of("sept. 2019 – aujourd'hui\nBoulazac (24)\nResponsable d'exploitation\n"
                "Arcavia Logistics – Plateforme Dordogne-Sud (produits secs et frais, 3 clients)\n• Encadrement de 3 chefs d'équipe\n")
            .front() == std::pair<std::string, std::string>{"Responsable d'exploitation", "Arcavia Logistics"});
  CHECK(jobs_of("seit 04/2018   Elektroniker\nElektro Fischer Anlagenbau GmbH, Neustadt b. Coburg\n- Wartung\n").front().second ==
        "Elektro Fischer Anlagenbau GmbH");
}

TEST_CASE("a school's short form before its dash is no logo square") {
  auto resume = parse_text("Ana Souza\nana@example.com.br\n\nFormação Acadêmica\nEspecialização em Tecnologias Digitais na Educação   2021 – 2022\n"
                           "IFSP – Instituto Federal de São Paulo   EaD\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "IFSP – Instituto Federal de São Paulo");
}

TEST_CASE("review 46b: a referees' grid, a suite, a firm's initials before its unit, a school named by its number") {
  auto referees = parse_text("Michael Turner\nmichael.turner@example.com\n\nEXPERIENCE\nWarehouse Supervisor\nDHL Supply Chain, Leeds\n"
                             "2018 - Present\n\nREFEREES\nName   Email Address   Phone Number\nSarah Jones   sarah.jones@example.com   07700 900456\n");
  CHECK(referees.contact.name == "Michael Turner");
  auto suite = parse_text("Jennifer Walsh\nAddress: 1801 California Street, Suite 1200, Denver, CO 80202\njw@example.com\n\nExperience\n");
  CHECK(suite.contact.city == "Denver");
  CHECK(jobs_of("Product Owner\nDB   Digital Banking\n2019 - 2023\n- Roadmap\n").front().second == "DB");
  CHECK(jobs_of("Tutrice pédagogique\n42\nParis\n2021 - 2022\n- Accompagnement des étudiants\n").front().second == "42");
}

TEST_CASE("review 46b: a shop chain with its département, a school with its country, a licence street") {
  auto shop = jobs_of("mars 2018 – juin 2019\nLeclerc (24)\nEmployé libre-service\nRayon frais\n- Mise en rayon\n");
  REQUIRE(!shop.empty());
  CHECK(shop.front().second != "Rayon frais");
  auto sudan = parse_text("Amal Hassan\namal@example.com\n\nEducation\nB.Sc. Civil Engineering, School of Engineering, Sudan   2010 – 2015\nM.Eng., University of Applied Sciences, Germany   2016 – 2018\n");
  REQUIRE(sudan.education.size() == 2);
  CHECK(sudan.education[0].institution == "School of Engineering");
  CHECK(sudan.education[1].institution == "University of Applied Sciences");
  auto street = parse_text("Karen Hughes\nAddress: 12 Licence Street, Leeds LS1 4AB\nkaren@example.com\n\nExperience\n");
  CHECK(street.contact.city == "Leeds");
}

TEST_CASE("an Italian portal's contract pills after the title are no part of it") {
  CHECK(jobs_of("Area Sales Manager Centro-Sud   Tempo indeterminato\nDM\nDolciaria Maiella S.r.l. · Pescara\n"
                "gen 2021 – presente · 4 anni 10 mesi\n• Negoziazione con la GDO\n\nAgente di commercio   Partita IVA\nAD\n"
                "Adriatica Distribuzione S.r.l. · Chieti\nset 2012 – feb 2016\n• Portafoglio di 180 clienti\n") ==
        std::vector<std::pair<std::string, std::string>>{{"Area Sales Manager Centro-Sud", "Dolciaria Maiella S.r.l."},
                                                         {"Agente di commercio", "Adriatica Distribuzione S.r.l."}});
}

TEST_CASE("a logo's square before a firm and its town") {
  CHECK(jobs_of("Manutentionnaire quai\nQS   Quai Sud Messagerie · Toulouse\nDu 06/06/2022 au 30/09/2022 · 4 mois\n"
                "• Tri et déchargement de colis\n")
            .front() == std::pair<std::string, std::string>{"Manutentionnaire quai", "Quai Sud Messagerie"});
}

TEST_CASE("a Brazilian portal's 'MUNICÍPIO/UF' over the town, far below the header; 'Bairro' and 'CEP' are labels") {
  auto alone = parse_text("FRANCISCO QUEIROZ\nfrancisco@example.com\n\nExperiências Profissionais\nEletricista de manutenção\n"
                          "SALINEIRA COSTA BRANCA S.A.\n02/03/2019 – atual\n- Manutenção preventiva e corretiva em motores trifásicos\n"
                          "- Painéis de comando e inversores\nEletricista de instalações\nCONSTRUTORA RIO APODI LTDA\n"
                          "05/10/2015 – 18/01/2019\n- Instalações prediais\n\nDados complementares\nMUNICÍPIO/UF\nMossoró/RN\n");
  CHECK(alone.contact.city == "Mossoró");
  // Guards the new label: a row of labels is not read as "Município / UF: Bairro".
  auto grid = parse_text("Larissa Brito\nDados pessoais\nMunicípio / UF   Bairro   CEP\nItabuna / BA   São Caetano   45607-***\n"
                         "E-mail   larissa@example.com\n\nExperiências profissionais\n");
  CHECK(grid.contact.location_text == "Itabuna / BA");
}
