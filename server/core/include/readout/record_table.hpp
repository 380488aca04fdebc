// The records of one kind in a Registry (persons, posts, ...): either held from the start (a
// registry read from files or made in memory), or read one by one on first use from a form the
// reader keeps (the embedded registry's pack: a run that looks up three officials reads three
// persons, not seventeen thousand).
//
// Either way every record has a fixed address for the life of the table, in one array, so that
// a record's index follows from its address (index_of) and pointers to records stay valid.
// Safe to read from several threads at once: a record is read once, by whichever thread asks
// first, while the others wait for it.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace readout {

template <typename Record>
class RecordTable {
 public:
  // Reads record i (0 <= i < size). A record it cannot read is given as an empty record rather
  // than a wrong one; it throws only what allocation throws.
  using Reader = std::function<Record(size_t)>;

  RecordTable() = default;
  explicit RecordTable(std::vector<Record> records)
      : owned_(std::move(records)), records_(owned_.data()), size_(owned_.size()) {}
  RecordTable(size_t size, Reader read)
      : read_(std::move(read)),
        // Not constructed: the pages of records never read are never touched.
        records_(size ? std::allocator<Record>().allocate(size) : nullptr),
        size_(size),
        states_(size ? std::make_unique<std::atomic<uint8_t>[]>(size) : nullptr) {}
  RecordTable(const RecordTable&) = delete;
  RecordTable& operator=(const RecordTable&) = delete;
  RecordTable(RecordTable&& other) noexcept { take(std::move(other)); }
  RecordTable& operator=(RecordTable&& other) noexcept {
    if (this != &other) {
      release();
      take(std::move(other));
    }
    return *this;
  }
  ~RecordTable() { release(); }

  [[nodiscard]] size_t size() const { return size_; }
  [[nodiscard]] bool empty() const { return size_ == 0; }
  [[nodiscard]] const Record& operator[](size_t i) const {
    if (states_ && states_[i].load(std::memory_order_acquire) != kRead) read(i);
    return records_[i];
  }
  [[nodiscard]] const Record& front() const { return (*this)[0]; }
  [[nodiscard]] const Record& back() const { return (*this)[size_ - 1]; }

  // The index of a record when it is one of this table's (by its address), else nullopt.
  [[nodiscard]] std::optional<size_t> index_of(const Record& record) const {
    const std::less<const Record*> before;  // defined for any two pointers, unlike <
    if (size_ == 0 || before(&record, records_) || !before(&record, records_ + size_))
      return std::nullopt;
    return static_cast<size_t>(&record - records_);
  }

  // Every record, in order (reads those not read yet).
  class iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = Record;
    using difference_type = std::ptrdiff_t;
    using pointer = const Record*;
    using reference = const Record&;
    iterator() = default;
    iterator(const RecordTable* table, size_t at) : table_(table), at_(at) {}
    reference operator*() const { return (*table_)[at_]; }
    pointer operator->() const { return &(*table_)[at_]; }
    reference operator[](difference_type n) const {
      return (*table_)[at_ + static_cast<size_t>(n)];
    }
    iterator& operator++() { return ++at_, *this; }
    iterator operator++(int) { return {table_, at_++}; }
    iterator& operator--() { return --at_, *this; }
    iterator operator--(int) { return {table_, at_--}; }
    iterator& operator+=(difference_type n) { return at_ += static_cast<size_t>(n), *this; }
    iterator& operator-=(difference_type n) { return at_ -= static_cast<size_t>(n), *this; }
    friend iterator operator+(iterator it, difference_type n) { return it += n; }
    friend iterator operator+(difference_type n, iterator it) { return it += n; }
    friend iterator operator-(iterator it, difference_type n) { return it -= n; }
    friend difference_type operator-(const iterator& a, const iterator& b) {
      return static_cast<difference_type>(a.at_) - static_cast<difference_type>(b.at_);
    }
    friend bool operator==(const iterator& a, const iterator& b) { return a.at_ == b.at_; }
    friend auto operator<=>(const iterator& a, const iterator& b) { return a.at_ <=> b.at_; }

   private:
    const RecordTable* table_ = nullptr;
    size_t at_ = 0;
  };
  [[nodiscard]] iterator begin() const { return {this, 0}; }
  [[nodiscard]] iterator end() const { return {this, size_}; }

  // A copy of every record (reads those not read yet).
  [[nodiscard]] std::vector<Record> copy() const { return {begin(), end()}; }
  // How many records have been read (all of them, for a table held from the start).
  [[nodiscard]] size_t read_count() const {
    if (!states_) return size_;
    size_t n = 0;
    for (size_t i = 0; i < size_; ++i) n += states_[i].load(std::memory_order_acquire) == kRead;
    return n;
  }

 private:
  static constexpr uint8_t kUnread = 0, kReading = 1, kRead = 2;

  void read(size_t i) const {
    std::atomic<uint8_t>& state = states_[i];
    for (;;) {
      uint8_t expected = kUnread;
      if (state.compare_exchange_strong(expected, kReading, std::memory_order_acquire)) {
        try {
          new (&records_[i]) Record(read_(i));
        } catch (...) {  // out of memory: unread again, for this thread or another to retry
          state.store(kUnread, std::memory_order_release);
          state.notify_all();
          throw;
        }
        state.store(kRead, std::memory_order_release);
        state.notify_all();
        return;
      }
      if (expected == kRead) return;
      state.wait(kReading, std::memory_order_acquire);  // another thread is reading it
    }
  }
  void take(RecordTable&& other) {
    owned_ = std::move(other.owned_);
    read_ = std::move(other.read_);
    records_ = std::exchange(other.records_, nullptr);
    size_ = std::exchange(other.size_, 0);
    states_ = std::move(other.states_);
  }
  void release() {
    if (states_) {
      for (size_t i = 0; i < size_; ++i)
        if (states_[i].load(std::memory_order_acquire) == kRead) records_[i].~Record();
      std::allocator<Record>().deallocate(records_, size_);
    }
    owned_.clear();
    records_ = nullptr, size_ = 0, states_.reset();
  }

  std::vector<Record> owned_;  // held from the start
  Reader read_;                // read on first use
  Record* records_ = nullptr;
  size_t size_ = 0;
  std::unique_ptr<std::atomic<uint8_t>[]> states_;  // per record, when read on first use
};

}  // namespace readout
