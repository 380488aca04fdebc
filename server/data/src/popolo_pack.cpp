// A compact binary form of registry data, generated at build time from the embedded Popolo
// JSON so that start-up does not parse megabytes of JSON (docs/registry.md, "Start-up").
// Layout: the magic, the size of the records, then every field in a fixed order (and each name's
// comparison key, names::key, computed here once); strings and counts as LEB128 lengths; dates as
// numbers (0 for none, else 1 + precision, then zigzag year, month, day), so that start-up does not
// parse thousands of ISO dates. After the records, zeros up to a 16-byte boundary, then the
// registry image.
#include <cstdint>
#include <cstring>

#include "readout/data/popolo.hpp"
#include "readout/names.hpp"

namespace readout::data {
namespace {

constexpr std::string_view kMagic = "readout-registry-pack-5\n";

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

}  // namespace

std::string pack_registry(const RegistryData& data, std::string_view image) {
  Writer w;
  w.count(data.persons.size());
  for (const auto& p : data.persons) {
    w.str(p.id), w.str(p.name), w.str(names::key(p.name)), w.others(p.other_names),
        w.sources(p.sources);
    w.str(p.origin), w.ids(p.identifiers);
  }
  w.count(data.organizations.size());
  for (const auto& o : data.organizations) {
    w.str(o.id), w.str(o.name), w.str(o.classification), w.others(o.other_names);
    w.sources(o.sources), w.ids(o.identifiers);
  }
  w.count(data.posts.size());
  for (const auto& p : data.posts) {
    w.str(p.id), w.str(p.label);
    w.count(p.other_labels.size());
    for (const auto& l : p.other_labels) w.str(l);
    w.str(p.organization_id), w.sources(p.sources);
  }
  w.count(data.memberships.size());
  for (const auto& m : data.memberships) {
    w.str(m.person_id), w.str(m.post_id), w.str(m.organization_id);
    w.date(m.start_date), w.date(m.end_date);
    w.count(m.acting ? 1 : 0);
    w.str(m.label), w.sources(m.sources);
  }
  w.count(data.source_dates.size());
  for (const auto& d : data.source_dates) w.str(d.note), w.date(d.as_of);
  Writer pack;
  pack.out = kMagic;
  pack.count(w.out.size());
  pack.out += w.out;
  pack.out.resize((pack.out.size() + 15) / 16 * 16, '\0');
  pack.out += image;
  return std::move(pack.out);
}

bool read_registry_pack(std::string_view bytes, RegistryData& out, std::string_view* image) {
  if (bytes.substr(0, kMagic.size()) != kMagic) return false;
  Reader header(bytes.substr(kMagic.size()));
  const size_t records_size = header.items();
  if (!header.ok()) return false;
  const size_t records_at = bytes.size() - header.left();
  const size_t image_at = std::min(bytes.size(), (records_at + records_size + 15) / 16 * 16);
  Reader r(bytes.substr(records_at, records_size));
  RegistryData d;
  d.persons.resize(r.items());
  for (auto& p : d.persons) {
    p.id = r.text(), p.name = r.text(), p.key = r.text(), p.other_names = r.others(),
    p.sources = r.sources();
    p.origin = r.text(), p.identifiers = r.ids();
  }
  d.organizations.resize(r.items());
  for (auto& o : d.organizations) {
    o.id = r.text(), o.name = r.text(), o.classification = r.text(), o.other_names = r.others();
    o.sources = r.sources(), o.identifiers = r.ids();
  }
  d.posts.resize(r.items());
  for (auto& p : d.posts) {
    p.id = r.text(), p.label = r.text();
    p.other_labels.resize(r.items());
    for (auto& l : p.other_labels) l = r.text();
    p.organization_id = r.text(), p.sources = r.sources();
  }
  d.memberships.resize(r.items());
  for (auto& m : d.memberships) {
    m.person_id = r.text(), m.post_id = r.text(), m.organization_id = r.text();
    m.start_date = r.date(), m.end_date = r.date();
    m.acting = r.count() != 0;
    m.label = r.text(), m.sources = r.sources();
  }
  d.source_dates.resize(r.items());
  for (auto& date : d.source_dates) {
    date.note = r.str();
    const auto as_of = r.date();
    if (!as_of) return false;  // every source date has one
    date.as_of = *as_of;
  }
  if (!r.ok() || !r.at_end()) return false;
  out = std::move(d);
  if (image) *image = bytes.substr(image_at);
  return true;
}

}  // namespace readout::data
