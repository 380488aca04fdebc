// A compact binary form of registry data, generated at build time from the embedded Popolo
// JSON so that start-up does not parse megabytes of JSON (docs/registry.md, "Start-up").
// Layout: the magic, the size of the records, then every field in a fixed order (and each name's
// comparison key, names::key, computed here once); strings and counts as LEB128 lengths; dates as
// numbers (0 for none, else 1 + precision, then zigzag year, month, day), so that start-up does not
// parse thousands of ISO dates. After the records, zeros up to a 16-byte boundary, then the table
// of records (u32, little-endian): the counts of persons, organizations, posts and memberships,
// where the source dates start, then where each person, organization, post and membership starts
// (all from the records' start), so that a record can be read alone, on first use
// (open_registry_pack). Then zeros up to a 16-byte boundary, and the registry image.
#include <cstdint>
#include <cstring>
#include <optional>

#include "readout/data/popolo.hpp"
#include "readout/names.hpp"

namespace readout::data {
namespace {

constexpr std::string_view kMagic = "readout-registry-pack-6\n";

class Writer {
 public:
  void count(size_t n) {
    do {
      const auto byte = static_cast<unsigned char>(n & 0x7f);
      n >>= 7;
      out.push_back(static_cast<char>(n ? byte | 0x80 : byte));
    } while (n);
  }
  void str(std::string_view s) {
    count(s.size());
    out += s;
  }
  void date(const std::optional<PartialDate>& d) {
    if (!d) return count(0);
    count(1 + static_cast<size_t>(d->precision));
    const auto year = static_cast<int64_t>(d->year);
    count(static_cast<size_t>(year < 0 ? -2 * year - 1 : 2 * year));
    count(static_cast<size_t>(d->month)), count(static_cast<size_t>(d->day));
  }
  void others(const std::vector<OtherName>& names) {
    count(names.size());
    for (const auto& n : names) str(n.name), str(n.lang), str(n.note), str(names::key(n.name));
  }
  void sources(const std::vector<SourceRef>& refs) {
    count(refs.size());
    for (const auto& r : refs) str(r.url), str(r.note);
  }
  void ids(const std::vector<Identifier>& list) {
    count(list.size());
    for (const auto& i : list) str(i.scheme), str(i.identifier);
  }
  std::string out;
};

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  size_t count() {
    size_t n = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at_ >= in_.size()) return fail();
      const auto byte = static_cast<unsigned char>(in_[at_++]);
      n |= static_cast<size_t>(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return n;
    }
    return fail();
  }
  std::string_view view() {
    const size_t n = count();
    if (n > in_.size() - at_) return fail(), std::string_view();
    const std::string_view s = in_.substr(at_, n);
    at_ += n;
    return s;
  }
  std::string str() { return std::string(view()); }
  // Text of the pack, viewed in place: the pack outlives the records read from it.
  RecordString text() { return RecordString::borrowed(view()); }
  std::optional<PartialDate> date() {
    const size_t kind = count();
    if (kind == 0) return std::nullopt;
    const size_t year = count(), month = count(), day = count();
    PartialDate d;
    d.precision = static_cast<DatePrecision>(kind - 1);
    const auto half = static_cast<int64_t>((year + 1) / 2);
    d.year = static_cast<int>(year % 2 ? -half : static_cast<int64_t>(year / 2));
    d.month = static_cast<int>(month), d.day = static_cast<int>(day);
    // What parse() would have accepted: a corrupt pack fails rather than giving odd dates.
    const bool has_month = d.precision != DatePrecision::Year;
    const bool has_day = d.precision == DatePrecision::Day;
    if (kind > 3 || year > 2000000 || d.year == 0 || (month != 0) != has_month || month > 12 ||
        (day != 0) != has_day || (has_day && d.day > days_in_month(d.year, d.month)))
      return fail(), std::nullopt;
    return d;
  }
  // A count that cannot exceed what is left: guards reserve() against a corrupt pack.
  size_t items() {
    const size_t n = count();
    return n > in_.size() - at_ ? fail() : n;
  }
  std::vector<OtherName> others() {
    std::vector<OtherName> out(items());
    for (auto& n : out) n.name = text(), n.lang = text(), n.note = text(), n.key = text();
    return out;
  }
  std::vector<SourceRef> sources() {
    std::vector<SourceRef> out(items());
    for (auto& r : out) r.url = text(), r.note = text();
    return out;
  }
  std::vector<Identifier> ids() {
    std::vector<Identifier> out(items());
    for (auto& i : out) i.scheme = text(), i.identifier = text();
    return out;
  }
  bool at_end() const { return at_ == in_.size(); }
  size_t left() const { return in_.size() - at_; }

 private:
  size_t fail() {
    ok_ = false;
    at_ = in_.size();
    return 0;
  }
  std::string_view in_;
  size_t at_ = 0;
  bool ok_ = true;
};

// Each kind of record, written and read field by field in the same order.
void write(Writer& w, const Person& p) {
  w.str(p.id), w.str(p.name), w.str(names::key(p.name)), w.others(p.other_names),
      w.sources(p.sources);
  w.str(p.origin), w.ids(p.identifiers);
}
void write(Writer& w, const Organization& o) {
  w.str(o.id), w.str(o.name), w.str(o.classification), w.others(o.other_names);
  w.sources(o.sources), w.ids(o.identifiers);
}
void write(Writer& w, const Post& p) {
  w.str(p.id), w.str(p.label);
  w.count(p.other_labels.size());
  for (const auto& l : p.other_labels) w.str(l);
  w.str(p.organization_id), w.sources(p.sources);
}
void write(Writer& w, const Membership& m) {
  w.str(m.person_id), w.str(m.post_id), w.str(m.organization_id);
  w.date(m.start_date), w.date(m.end_date);
  w.count(m.acting ? 1 : 0);
  w.str(m.label), w.sources(m.sources);
}

void read(Reader& r, Person& p) {
  p.id = r.text(), p.name = r.text(), p.key = r.text(), p.other_names = r.others(),
  p.sources = r.sources();
  p.origin = r.text(), p.identifiers = r.ids();
}
void read(Reader& r, Organization& o) {
  o.id = r.text(), o.name = r.text(), o.classification = r.text(), o.other_names = r.others();
  o.sources = r.sources(), o.identifiers = r.ids();
}
void read(Reader& r, Post& p) {
  p.id = r.text(), p.label = r.text();
  p.other_labels.resize(r.items());
  for (auto& l : p.other_labels) l = r.text();
  p.organization_id = r.text(), p.sources = r.sources();
}
void read(Reader& r, Membership& m) {
  m.person_id = r.text(), m.post_id = r.text(), m.organization_id = r.text();
  m.start_date = r.date(), m.end_date = r.date();
  m.acting = r.count() != 0;
  m.label = r.text(), m.sources = r.sources();
}
bool read(Reader& r, SourceDate& date) {
  date.note = r.str();
  const auto as_of = r.date();
  if (!as_of) return false;  // every source date has one
  date.as_of = *as_of;
  return true;
}

constexpr size_t kKinds = 4;               // persons, organizations, posts, memberships
constexpr size_t kTableHead = kKinds + 1;  // their counts, and where the source dates start

size_t aligned(size_t n) { return (n + 15) / 16 * 16; }

uint32_t u32_at(std::string_view bytes, size_t index) {
  uint32_t v = 0;
  for (int b = 3; b >= 0; --b)
    v = v << 8 | static_cast<unsigned char>(bytes[index * 4 + static_cast<size_t>(b)]);
  return v;
}

void put_u32(std::string& out, size_t v) {
  for (int b = 0; b < 4; ++b) out.push_back(static_cast<char>((v >> (8 * b)) & 0xff));
}

// Where a pack's parts lie, from its header and table; nullopt when they do not fit.
struct PackParts {
  std::string_view records;
  std::string_view table;  // kTableHead numbers, then every record's start
  std::string_view image;
  size_t count(size_t kind) const { return u32_at(table, kind); }
  size_t start(size_t kind, size_t i) const {
    size_t at = kTableHead + i;
    for (size_t k = 0; k < kind; ++k) at += count(k);
    return u32_at(table, at);
  }
};

std::optional<PackParts> pack_parts(std::string_view bytes) {
  if (bytes.substr(0, kMagic.size()) != kMagic) return std::nullopt;
  Reader header(bytes.substr(kMagic.size()));
  const size_t records_size = header.items();
  if (!header.ok()) return std::nullopt;
  PackParts parts;
  const size_t records_at = bytes.size() - header.left();
  parts.records = bytes.substr(records_at, records_size);
  const size_t table_at = aligned(records_at + records_size);
  if (table_at + kTableHead * 4 > bytes.size()) return std::nullopt;
  parts.table = bytes.substr(table_at, kTableHead * 4);
  size_t records = 0;
  for (size_t k = 0; k < kKinds; ++k) records += parts.count(k);
  const size_t table_size = (kTableHead + records) * 4;
  if (records > bytes.size() || table_size > bytes.size() - table_at) return std::nullopt;
  parts.table = bytes.substr(table_at, table_size);
  parts.image = bytes.substr(std::min(bytes.size(), aligned(table_at + table_size)));
  return parts;
}

// Reads one record of the pack where the table says it starts; a record that cannot be read
// there (a damaged table) is an empty record. The table itself is checked where the pack is
// made (readout_registry_pack reads it back through read_registry_pack, which checks it).
template <typename Record>
RecordTable<Record> lazy_table(const PackParts& parts, size_t kind) {
  return RecordTable<Record>(parts.count(kind), [parts, kind](size_t i) {
    Record record;
    const size_t at = parts.start(kind, i);
    if (at >= parts.records.size()) return record;
    Reader r(parts.records.substr(at));
    read(r, record);
    if (!r.ok()) return Record();
    return record;
  });
}

}  // namespace

std::string pack_registry(const RegistryData& data, std::string_view image) {
  Writer w;
  std::string table;
  std::string starts;
  auto write_all = [&](const auto& records) {
    put_u32(table, records.size());
    w.count(records.size());
    for (const auto& record : records) {
      put_u32(starts, w.out.size());
      write(w, record);
    }
  };
  write_all(data.persons);
  write_all(data.organizations);
  write_all(data.posts);
  write_all(data.memberships);
  put_u32(table, w.out.size());
  w.count(data.source_dates.size());
  for (const auto& d : data.source_dates) w.str(d.note), w.date(d.as_of);
  Writer pack;
  pack.out = kMagic;
  pack.count(w.out.size());
  pack.out += w.out;
  pack.out.resize(aligned(pack.out.size()), '\0');
  pack.out += table;
  pack.out += starts;
  pack.out.resize(aligned(pack.out.size()), '\0');
  pack.out += image;
  return std::move(pack.out);
}

bool read_registry_pack(std::string_view bytes, RegistryData& out, std::string_view* image) {
  const auto parts = pack_parts(bytes);
  if (!parts) return false;
  Reader r(parts->records);
  RegistryData d;
  // Every record where the table says it starts: the table is checked along the way.
  bool table_agrees = true;
  auto read_all = [&](auto& records, size_t kind) {
    records.resize(r.items());
    table_agrees = table_agrees && records.size() == parts->count(kind);
    for (size_t i = 0; i < records.size() && table_agrees; ++i) {
      table_agrees = parts->start(kind, i) == parts->records.size() - r.left();
      read(r, records[i]);
    }
  };
  read_all(d.persons, 0);
  read_all(d.organizations, 1);
  read_all(d.posts, 2);
  read_all(d.memberships, 3);
  if (!table_agrees || u32_at(parts->table, kKinds) != parts->records.size() - r.left())
    return false;
  d.source_dates.resize(r.items());
  for (auto& date : d.source_dates)
    if (!read(r, date)) return false;
  if (!r.ok() || !r.at_end()) return false;
  out = std::move(d);
  if (image) *image = parts->image;
  return true;
}

std::optional<RegistryRecords> open_registry_pack(std::string_view bytes, std::string_view* image) {
  const auto parts = pack_parts(bytes);
  if (!parts) return std::nullopt;
  const size_t dates_at = u32_at(parts->table, kKinds);
  if (dates_at > parts->records.size()) return std::nullopt;
  RegistryRecords records;
  Reader r(parts->records.substr(dates_at));
  records.source_dates.resize(r.items());
  for (auto& date : records.source_dates)
    if (!read(r, date)) return std::nullopt;
  if (!r.ok() || !r.at_end()) return std::nullopt;
  records.persons = lazy_table<Person>(*parts, 0);
  records.organizations = lazy_table<Organization>(*parts, 1);
  records.posts = lazy_table<Post>(*parts, 2);
  records.memberships = lazy_table<Membership>(*parts, 3);
  if (image) *image = parts->image;
  return records;
}

}  // namespace readout::data
