// The analysis driver: splits the report into its head and its meetings, reads and analyses
// each (reusing what a previous analysis of an earlier version of the text found for meetings
// the edit did not touch), runs the report-wide rules, and assembles the findings.
#include <algorithm>
#include <tuple>

#include "analysis/cache_key.hpp"
#include "analysis/head_inputs.hpp"
#include "analysis/name_match.hpp"
#include "analysis/post_holders.hpp"
#include "analysis/resolver.hpp"
#include "analysis/state.hpp"
#include "analysis/suppression.hpp"
#include "analysis/title_lexicon.hpp"
#include "analysis/titles.hpp"
#include "rules/rule.hpp"

namespace readout {
namespace {

using namespace analysis;

uint64_t options_key(const AnalysisOptions& options) {
  uint64_t h = kKeySeed;
  for (const std::string& rule : options.disabled_rules) h = mix(h, rule);
  return h;
}

// A look-up memo grows with every name a document ever held; start again past this size.
constexpr size_t kLookupEntriesKept = 50000;

std::shared_ptr<LookupCache> lookup_for(const Registry& registry, const State* previous) {
  if (previous) {
    std::lock_guard lock(previous->lookup_mutex);
    if (previous->lookup && &previous->lookup->registry() == &registry &&
        previous->lookup->size() < kLookupEntriesKept)
      return std::move(previous->lookup);
  }
  return std::make_shared<LookupCache>(registry);
}

// What the report-wide rules read from a part's names: who, how written, how resolved. Every
// occurrence counts, since their findings refer to names by their place in the list.
uint64_t report_wide_inputs(const std::vector<NameOccurrence>& names,
                            const std::vector<Resolution>& resolutions) {
  uint64_t h = mix(kKeySeed, names.size());
  for (size_t i = 0; i < names.size(); ++i) {
    const NameOccurrence& o = names[i];
    const Resolution& r = resolutions[i];
    h = mix(h, reinterpret_cast<uintptr_t>(o.person));
    h = mix(h, o.written.text);
    h = mix(h, static_cast<uint64_t>(o.role) << 16 | static_cast<uint64_t>(o.match) << 8 |
                   static_cast<uint64_t>(r.status) << 1 | (r.surname_only ? 1 : 0));
  }
  return h;
}

// One part's analysis: names, titles, and the rules that look at one part at a time.
void run_part(Context& ctx, const TitleLexicon& lexicon, const Directory& directory,
              const AnalysisOptions& options) {
  ctx.lexicon = &lexicon;
  Resolver(ctx, lexicon, directory).run();
  check_post_holders(ctx, lexicon);
  assess_titles(ctx, lexicon);
  for (const rules::Rule* rule : rules::all_rules())
    if (!rule->report_wide && !options.disabled_rules.contains(rule->info.id)) rule->check(ctx);
}

class Analysis {
 public:
  Analysis(const std::shared_ptr<const SyntaxTree>& syntax,
           const std::shared_ptr<const Registry>& registry, const AnalysisOptions& options,
           const AnalysisResult* previous)
      : syntax_(*syntax), registry_(registry), options_(options) {
    state_ = std::make_shared<State>();
    state_->registry = registry.get();
    state_->options = options_key(options);
    if (previous && previous->state && previous->registry == registry &&
        previous->state->reusable) {
      region_ = syntax->edited_since(*previous->syntax);
      if (region_) previous_ = previous->state.get();
    }
    lookup_ = lookup_for(*registry, previous ? previous->state.get() : nullptr);
    lexicon_ = title_lexicon(registry);
  }

  std::shared_ptr<AnalysisResult> run() {
    // Names are tokenised once per analysis chain, in its LookupCache, not in a memo per thread
    // that every report ever analysed would fill.
    const TokenScope tokens(*lookup_);
    read_parts();
    resolve_attendees();
    analyse_meetings();
    analyse_head();
    check_report_wide();
    auto result = std::make_shared<AnalysisResult>();
    store_parts(*result);
    work_.meetings = state_->models.size();
    result->work = work_;
    std::lock_guard lock(state_->lookup_mutex);
    state_->lookup = std::move(lookup_);
    result->state = std::move(state_);
    return result;
  }

 private:
  // Meetings whose bytes the edit left alone keep their models.
  std::shared_ptr<const MeetingModel> previous_model(ByteRange now) const {
    if (!previous_) return nullptr;
    uint32_t then = 0;
    if (now.end <= region_->begin)
      then = now.begin;
    else if (now.begin >= region_->new_end)
      then = now.begin - region_->new_end + region_->old_end;
    else
      return nullptr;
    const auto& bases = previous_->bases;
    auto it = std::lower_bound(bases.begin() + 1, bases.end(), then);
    if (it == bases.end() || *it != then) return nullptr;
    const size_t unit = static_cast<size_t>(it - bases.begin());
    if (previous_->lengths[unit] != now.size()) return nullptr;
    return reusable(previous_->models[unit - 1], now);
  }

  // Whether a range begins at a line start and ends at a line end of the current text.
  bool on_whole_lines(ByteRange range) const {
    const LineIndex& lines = syntax_.lines();
    return lines.position(range.begin).column == 0 &&
           (range.end >= syntax_.text().size() || lines.position(range.end).column == 0);
  }

  // The model, when what it was read from is all inside the meeting, then and now.
  std::shared_ptr<const MeetingModel> reusable(const std::shared_ptr<const MeetingModel>& model,
                                               ByteRange now) const {
    return model->whole_lines && !model->had_error && on_whole_lines(now) ? model : nullptr;
  }

  // The root's children: the meetings (their ranges, and their nodes or models to reuse) and
  // the rest (the head's pieces).
  struct Layout {
    std::vector<TSNode> others;
    std::vector<ByteRange> ranges;
    std::vector<TSNode> nodes;  // null nodes for meetings whose model is reused
    std::vector<std::shared_ptr<const MeetingModel>> reused;
  };

  void add_meeting(Layout& layout, TSNode node) {
    const ByteRange range = SyntaxTree::node_range(node);
    std::shared_ptr<const MeetingModel> model =
        ts_node_has_error(node) ? nullptr : previous_model(range);
    layout.ranges.push_back(range);
    layout.nodes.push_back(model ? TSNode{} : node);
    layout.reused.push_back(std::move(model));
  }

  // Every child of the root, in order.
  Layout walk_root() {
    Layout layout;
    TSTreeCursor cursor = ts_tree_cursor_new(syntax_.root());
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      do {
        const TSNode child = ts_tree_cursor_current_node(&cursor);
        if (ts_node_is_named(child) && model_detail::is(child, "meeting")) {
          add_meeting(layout, child);
        } else {
          // Anything but blank lines after the first meeting is error recovery's doing.
          if (!layout.ranges.empty() && ts_node_end_byte(child) > ts_node_start_byte(child) &&
              ts_node_is_named(child))
            state_->reusable = false;
          layout.others.push_back(child);
        }
      } while (ts_tree_cursor_goto_next_sibling(&cursor));
    }
    ts_tree_cursor_delete(&cursor);
    return layout;
  }

  // The same from the previous layout, visiting only the children around the edit: meetings
  // wholly before it are where they were, meetings wholly after it have moved by the edit's
  // length. Their bytes are the same, and a meeting starts at every "## " line, so once the tree
  // shows a meeting exactly where the unchanged ones begin and end, they are the same meetings.
  // Empty when the tree does not line up so (walk_root then).
  std::optional<Layout> walk_around_edit() {
    const State& prev = *previous_;
    const SyntaxTree::EditRegion& region = *region_;
    const size_t count = prev.models.size();
    if (count == 0) return std::nullopt;
    auto start = [&](size_t m) { return prev.bases[m + 1]; };
    auto end = [&](size_t m) { return prev.bases[m + 1] + prev.lengths[m + 1]; };
    size_t before = 0;  // meetings [0, before) end before the edit
    while (before < count && end(before) < region.begin) ++before;
    size_t after = before;  // meetings [after, count) start after it
    while (after < count && start(after) <= region.old_end) ++after;
    const int64_t delta = static_cast<int64_t>(region.new_end) - region.old_end;
    const TSNode root = syntax_.root();
    // Meetings around the edit are reused unvisited; with an error somewhere, visit them all
    // (walk_root), so that none whose node now holds the error is reused.
    if (ts_node_has_error(root)) return std::nullopt;
    auto meeting_at = [&](uint32_t byte, ByteRange expected) {
      const TSNode node = ts_node_first_named_child_for_byte(root, byte);
      return !ts_node_is_null(node) && model_detail::is(node, "meeting") &&
             SyntaxTree::node_range(node) == expected;
    };
    const uint32_t size = static_cast<uint32_t>(syntax_.text().size());
    const uint32_t middle_end = after == count ? size : static_cast<uint32_t>(start(after) + delta);
    if (after < count &&
        !meeting_at(middle_end, {middle_end, static_cast<uint32_t>(end(after) + delta)}))
      return std::nullopt;
    if (before > 0 && !meeting_at(end(before - 1) - 1, {start(before - 1), end(before - 1)}))
      return std::nullopt;

    Layout layout;
    TSNode child{};
    if (before > 0) {
      // The head: the children before the first meeting, unchanged.
      TSTreeCursor cursor = ts_tree_cursor_new(root);
      for (bool more = ts_tree_cursor_goto_first_child(&cursor); more;
           more = ts_tree_cursor_goto_next_sibling(&cursor)) {
        const TSNode node = ts_tree_cursor_current_node(&cursor);
        if (ts_node_is_named(node) && model_detail::is(node, "meeting")) break;
        layout.others.push_back(node);
      }
      ts_tree_cursor_delete(&cursor);
      for (size_t m = 0; m < before; ++m) {
        layout.ranges.push_back({start(m), end(m)});
        layout.nodes.push_back(TSNode{});
        layout.reused.push_back(reusable(prev.models[m], layout.ranges.back()));
      }
      child = ts_node_next_sibling(ts_node_first_named_child_for_byte(root, end(before - 1) - 1));
    } else {
      child = ts_node_child(root, 0);
    }
    // The children the edit may have changed, up to the first unchanged meeting after it.
    for (; !ts_node_is_null(child); child = ts_node_next_sibling(child)) {
      if (ts_node_start_byte(child) >= middle_end && after < count) break;
      if (ts_node_is_named(child) && model_detail::is(child, "meeting")) {
        add_meeting(layout, child);
      } else if (!layout.ranges.empty() && ts_node_end_byte(child) > ts_node_start_byte(child) &&
                 ts_node_is_named(child)) {
        return std::nullopt;
      } else {
        layout.others.push_back(child);
      }
    }
    for (size_t m = after; m < count; ++m) {
      layout.ranges.push_back(
          {static_cast<uint32_t>(start(m) + delta), static_cast<uint32_t>(end(m) + delta)});
      layout.nodes.push_back(TSNode{});
      layout.reused.push_back(reusable(prev.models[m], layout.ranges.back()));
    }
    return layout;
  }

  void read_parts() {
    std::optional<Layout> around = previous_ ? walk_around_edit() : std::nullopt;
    Layout layout = around ? std::move(*around) : walk_root();
    if (!state_->reusable) previous_ = nullptr;

    const uint32_t size = static_cast<uint32_t>(syntax_.text().size());
    const uint32_t first = layout.ranges.empty() ? size : layout.ranges.front().begin;
    state_->bases = {0};
    state_->lengths = {first};
    for (size_t m = 0; m < layout.ranges.size(); ++m) {
      const ByteRange range = layout.ranges[m];
      std::shared_ptr<const MeetingModel> model = previous_ ? std::move(layout.reused[m]) : nullptr;
      if (!model) {
        const TSNode node = ts_node_is_null(layout.nodes[m])
                                ? ts_node_first_named_child_for_byte(syntax_.root(), range.begin)
                                : layout.nodes[m];
        auto built = std::make_shared<MeetingModel>();
        built->part = model_detail::build_meeting(syntax_, node);
        built->base = range.begin;
        built->length = range.size();
        built->attendees = Directory::fingerprint_of(built->part.meeting);
        built->whole_lines = on_whole_lines(range);
        built->had_error = ts_node_has_error(node);
        model = std::move(built);
        ++work_.meetings_read;
      }
      state_->models.push_back(std::move(model));
      state_->bases.push_back(range.begin);
      state_->lengths.push_back(range.size());
    }
    state_->head = model_detail::build_head(syntax_, layout.others, layout.ranges);
    head_inputs_ = HeadInputs::of(state_->head);
    state_->head_hash = mix(kKeySeed, std::string_view(syntax_.text()).substr(0, first));
    current_ = std::make_unique<CurrentMeetings>(state_->models, state_->bases);
  }

  void resolve_attendees() {
    std::vector<uint64_t>& fingerprints = state_->attendee_fingerprints;
    for (size_t m = 0; m < state_->models.size(); ++m)
      fingerprints.push_back(mix(state_->models[m]->attendees, m));
    if (previous_ && previous_->attendee_fingerprints == fingerprints) {
      state_->directory = previous_->directory;
    } else {
      std::vector<const Meeting*> meetings;
      for (const auto& model : state_->models) meetings.push_back(&model->part.meeting);
      state_->directory = std::make_shared<const Directory>(meetings, *lookup_);
      work_.attendees_resolved = true;
    }
    context_key_ = mix(mix(head_inputs_.key(), state_->options), fingerprints.size());
    for (uint64_t f : fingerprints) context_key_ = mix(context_key_, f);
  }

  bool still_valid(const MeetingAnalysis& a, size_t m) const {
    if (a.model != state_->models[m] || a.context != context_key_) return false;
    if (a.depends_on_head && previous_->head_hash != state_->head_hash) return false;
    for (const auto& [other, model] : a.depends_on)
      if (static_cast<size_t>(other) >= state_->models.size() ||
          state_->models[static_cast<size_t>(other)] != model)
        return false;
    return true;
  }

  void analyse_meetings() {
    const UnitNames no_names;
    const RefEncoder encoder(state_->bases, no_names);
    for (size_t m = 0; m < state_->models.size(); ++m) {
      if (previous_ && m < previous_->meetings.size() && still_valid(*previous_->meetings[m], m)) {
        state_->meetings.push_back(previous_->meetings[m]);
        continue;
      }
      const int index = static_cast<int>(m);
      const MeetingModel& model = *state_->models[m];
      const int64_t delta = static_cast<int64_t>(state_->bases[m + 1]) - model.base;
      std::vector<SyntaxProblem> problems = model.part.problems;
      for (SyntaxProblem& p : problems) shift(p, delta);
      Context ctx(syntax_, *registry_, head_inputs_, problems, *lookup_, *current_, index);
      run_part(ctx, *lexicon_, *state_->directory, options_);
      ++work_.meetings_analysed;

      auto analysis = std::make_shared<MeetingAnalysis>();
      analysis->model = state_->models[m];
      analysis->context = context_key_;
      analysis->report_wide = report_wide_inputs(ctx.names, ctx.resolutions);
      const uint32_t base = state_->bases[m + 1];
      for (NameOccurrence& o : ctx.names) shift(o, -static_cast<int64_t>(base));
      for (Resolution& r : ctx.resolutions) shift(r, -static_cast<int64_t>(base));
      for (Diagnostic& d : ctx.diagnostics) {
        StoredDiagnostic stored = encoder.store(std::move(d));
        if (stored.refs.front().unit != m + 1)
          analysis->foreign.push_back(static_cast<uint32_t>(analysis->diagnostics.size()));
        for (const UnitRef& ref : stored.refs) {
          if (ref.unit == 0) {
            analysis->depends_on_head = true;
          } else if (ref.unit != m + 1) {
            const int other = static_cast<int>(ref.unit) - 1;
            auto& deps = analysis->depends_on;
            if (std::none_of(deps.begin(), deps.end(),
                             [&](const auto& dep) { return dep.first == other; }))
              deps.emplace_back(other, state_->models[ref.unit - 1]);
          }
        }
        analysis->diagnostics.push_back(std::move(stored));
      }
      analysis->names = std::move(ctx.names);
      analysis->resolutions = std::move(ctx.resolutions);
      state_->meetings.push_back(std::move(analysis));
    }
  }

  void analyse_head() {
    Context ctx(syntax_, *registry_, head_inputs_, state_->head.syntax_problems, *lookup_,
                *current_, -1);
    ctx.head_model = &state_->head;
    run_part(ctx, *lexicon_, *state_->directory, options_);
    head_diagnostics_ = std::move(ctx.diagnostics);
    state_->head_names = std::move(ctx.names);
    state_->head_resolutions = std::move(ctx.resolutions);
  }

  // Same person spelt differently, duplicate meeting ids: over every part at once, again only
  // when what those rules read changed.
  void check_report_wide() {
    uint64_t key =
        mix(context_key_, report_wide_inputs(state_->head_names, state_->head_resolutions));
    for (size_t m = 0; m < state_->meetings.size(); ++m) {
      key = mix(key, state_->meetings[m]->report_wide);
      const auto& id = state_->models[m]->part.meeting.id;
      key = mix(key, id ? id->text : std::string_view("\x01"));
      if (id) key = mix(key, id->range.begin - state_->models[m]->base);
    }
    state_->report_wide_key = key;
    if (previous_ && previous_->report_wide_key == key) {
      state_->report_wide = previous_->report_wide;
      return;
    }
    auto report_wide = std::make_shared<std::vector<StoredDiagnostic>>();
    work_.report_wide_checked = true;
    const std::vector<SyntaxProblem> no_problems;
    Context ctx(syntax_, *registry_, head_inputs_, no_problems, *lookup_, *current_, -1);
    ctx.lexicon = lexicon_.get();
    ctx.names = state_->head_names;
    ctx.resolutions = state_->head_resolutions;
    for (size_t m = 0; m < state_->meetings.size(); ++m) {
      const MeetingAnalysis& a = *state_->meetings[m];
      const int64_t base = state_->bases[m + 1];
      for (NameOccurrence o : a.names) {
        shift(o, base);
        ctx.names.push_back(std::move(o));
      }
      for (Resolution r : a.resolutions) {
        shift(r, base);
        ctx.resolutions.push_back(std::move(r));
      }
    }
    for (const rules::Rule* rule : rules::all_rules())
      if (rule->report_wide && !options_.disabled_rules.contains(rule->info.id)) rule->check(ctx);
    const UnitNames names = unit_names();
    const RefEncoder encoder(state_->bases, names);
    for (Diagnostic& d : ctx.diagnostics) report_wide->push_back(encoder.store(std::move(d)));
    state_->report_wide = std::move(report_wide);
  }

  [[nodiscard]] UnitNames unit_names() const {
    UnitNames names{&state_->head_names};
    for (const auto& a : state_->meetings) names.push_back(&a->names);
    return names;
  }

  // The suppressions of the whole text with its offsets and lines, and for each unit a key of
  // those before it that may reach into it: disable/enable blocks, and a disable-next-line on
  // the line before it. A unit's own suppressions are part of its model.
  std::vector<uint64_t> suppression_keys(Report& all) const {
    const LineIndex& lines = syntax_.lines();
    const size_t units = state_->bases.size();
    std::vector<uint64_t> keys(units);
    uint64_t h = kKeySeed;
    auto fold = [&](const Suppression& s, size_t unit) {
      h = mix(h, static_cast<uint64_t>(s.kind));
      h = mix(h, s.rules.size());
      for (const Span& rule : s.rules) h = mix(h, rule.text);
      if (s.kind == Suppression::Kind::DisableNextLine && unit + 1 < units)
        h = mix(h, s.line + 1 == lines.position(state_->bases[unit + 1]).line ? 1 : 0);
    };
    keys[0] = h;
    all.suppressions = state_->head.suppressions;
    for (const Suppression& s : all.suppressions) fold(s, 0);
    for (size_t m = 0; m < state_->models.size(); ++m) {
      keys[m + 1] = h;
      for (Suppression s : state_->models[m]->part.suppressions) {
        shift(s, static_cast<int64_t>(state_->bases[m + 1]) - state_->models[m]->base);
        s.line = lines.position(s.range.begin).line;
        fold(s, m + 1);
        all.suppressions.push_back(std::move(s));
      }
    }
    return keys;
  }

  uint64_t overrides_key() const {
    uint64_t h = kKeySeed;
    for (const auto& [rule, severity] : options_.severity_overrides)
      h = mix(mix(h, rule), static_cast<uint64_t>(severity));
    return h;
  }

  // Whether the previous analysis' findings of `unit` stand as they are, moved.
  bool part_stands(const StoredPart& part, size_t unit, size_t elsewhere, size_t report_wide,
                   uint64_t suppressions, uint64_t overrides) const {
    if (part.source != state_->meetings[unit - 1] || part.suppressions != suppressions ||
        part.overrides != overrides || part.from_elsewhere != 0 || elsewhere != 0)
      return false;
    // Report-wide findings in it then or now: the same ones only (a part without any holds
    // no report-wide list, so that parts kept for long do not keep old lists alive).
    if ((part.from_report_wide != 0 || report_wide != 0) &&
        part.report_wide_source != state_->report_wide)
      return false;
    const auto& bases = state_->bases;
    const int64_t delta = static_cast<int64_t>(bases[unit]) - part.base;
    // Every unit its ranges point into has the same bytes and moved as much.
    for (size_t i = 0; i < part.points_into.size(); ++i) {
      const uint32_t other = part.points_into[i];
      if (other >= bases.size() || static_cast<int64_t>(bases[other]) - part.bases[i] != delta)
        return false;
      if (other == 0 ? part.head_hash != state_->head_hash
                     : part.models[i] != state_->models[other - 1])
        return false;
    }
    return true;
  }

  // Each unit's final findings: those of the previous analysis where nothing they came from
  // changed, else assembled from the head's, the meetings' and the report-wide findings that
  // begin in the unit, with suppressions and severity overrides applied, sorted.
  void store_parts(AnalysisResult& result) {
    const auto& bases = state_->bases;
    const size_t units = bases.size();
    const UnitNames names = unit_names();
    const RefEncoder encoder(bases, names);
    Report suppressions;
    const std::vector<uint64_t> suppression_key = suppression_keys(suppressions);
    const uint64_t overrides = overrides_key();

    // Findings that begin outside the unit they were found for: (unit, source, index), source
    // being -1 for the head, m for meeting m, and report-wide findings by unit.
    struct Elsewhere {
      uint32_t unit;
      int source;
      uint32_t index;
      bool operator<(const Elsewhere& o) const {
        return std::tie(unit, source, index) < std::tie(o.unit, o.source, o.index);
      }
    };
    std::vector<Elsewhere> elsewhere;
    for (size_t i = 0; i < head_diagnostics_.size(); ++i)
      elsewhere.push_back(
          {encoder.unit_of(head_diagnostics_[i].range.begin), -1, static_cast<uint32_t>(i)});
    for (size_t m = 0; m < state_->meetings.size(); ++m)
      for (uint32_t i : state_->meetings[m]->foreign)
        elsewhere.push_back(
            {state_->meetings[m]->diagnostics[i].refs.front().unit, static_cast<int>(m), i});
    std::sort(elsewhere.begin(), elsewhere.end());
    std::vector<std::vector<uint32_t>> report_wide_in(units);
    const auto& report_wide = *state_->report_wide;
    for (size_t i = 0; i < report_wide.size(); ++i)
      report_wide_in[report_wide[i].refs.front().unit].push_back(static_cast<uint32_t>(i));

    auto next_elsewhere = elsewhere.begin();
    state_->parts.reserve(units);
    result.parts.reserve(units);
    for (size_t unit = 0; unit < units; ++unit) {
      auto first = next_elsewhere;
      while (next_elsewhere != elsewhere.end() && next_elsewhere->unit == unit) ++next_elsewhere;
      const size_t here = static_cast<size_t>(next_elsewhere - first);
      std::shared_ptr<const StoredPart> stored;
      if (previous_ && unit > 0 && unit < previous_->parts.size() &&
          part_stands(*previous_->parts[unit], unit, here, report_wide_in[unit].size(),
                      suppression_key[unit], overrides)) {
        stored = previous_->parts[unit];
      } else {
        auto part = std::make_shared<StoredPart>();
        part->base = bases[unit];
        part->source = unit > 0 ? state_->meetings[unit - 1] : nullptr;
        part->from_report_wide = report_wide_in[unit].size();
        if (part->from_report_wide != 0) part->report_wide_source = state_->report_wide;
        part->from_elsewhere = here;
        part->suppressions = suppression_key[unit];
        part->overrides = overrides;
        std::vector<Diagnostic>& out = part->diagnostics;
        // In the order the whole list had before sorting: the head's, each meeting's, the
        // report-wide ones (the sort is stable).
        auto it = first;
        for (; it != next_elsewhere && it->source < 0; ++it)
          out.push_back(head_diagnostics_[it->index]);
        for (; it != next_elsewhere && it->source + 1 < static_cast<int>(unit); ++it)
          out.push_back(
              rebuild(state_->meetings[static_cast<size_t>(it->source)]->diagnostics[it->index],
                      bases, names));
        if (unit > 0) {  // the meeting's own (its findings elsewhere are never in it)
          const MeetingAnalysis& a = *state_->meetings[unit - 1];
          size_t skip = 0;
          for (size_t i = 0; i < a.diagnostics.size(); ++i) {
            if (skip < a.foreign.size() && a.foreign[skip] == i) {
              ++skip;
              continue;
            }
            out.push_back(rebuild(a.diagnostics[i], bases, names));
          }
        }
        for (; it != next_elsewhere; ++it)
          out.push_back(
              rebuild(state_->meetings[static_cast<size_t>(it->source)]->diagnostics[it->index],
                      bases, names));
        for (uint32_t i : report_wide_in[unit])
          out.push_back(rebuild(report_wide[i], bases, names));
        apply_suppressions(suppressions, syntax_.lines(), out);
        for (Diagnostic& d : out)
          if (auto o = options_.severity_overrides.find(d.rule_id);
              o != options_.severity_overrides.end())
            d.severity = o->second;
        std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
          if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
          if (a.range.end != b.range.end) return a.range.end < b.range.end;
          return a.rule_id < b.rule_id;
        });
        std::vector<uint32_t>& into = part->points_into;
        auto point = [&](ByteRange range) { into.push_back(encoder.unit_of(range.begin)); };
        for (const Diagnostic& d : out) {
          point(d.range);
          for (const Fix& fix : d.fixes)
            for (const TextEdit& edit : fix.edits) point(edit.range);
          for (const RelatedInfo& related : d.related) point(related.range);
        }
        std::sort(into.begin(), into.end());
        into.erase(std::unique(into.begin(), into.end()), into.end());
        for (uint32_t u : into) {
          part->bases.push_back(bases[u]);
          part->models.push_back(u > 0 ? state_->models[u - 1] : nullptr);
        }
        part->head_hash = state_->head_hash;
        stored = std::move(part);
      }
      result.parts.push_back(
          {stored, static_cast<int64_t>(bases[unit]) - static_cast<int64_t>(stored->base)});
      state_->parts.push_back(std::move(stored));
    }
    state_->overrides = overrides;
  }

  const SyntaxTree& syntax_;
  std::shared_ptr<const Registry> registry_;
  const AnalysisOptions& options_;
  const State* previous_ = nullptr;
  std::optional<SyntaxTree::EditRegion> region_;
  std::shared_ptr<State> state_;
  std::shared_ptr<LookupCache> lookup_;
  std::shared_ptr<const TitleLexicon> lexicon_;
  std::unique_ptr<CurrentMeetings> current_;
  HeadInputs head_inputs_;
  uint64_t context_key_ = 0;  // what every meeting's analysis saw: head inputs, options, attendees
  std::vector<Diagnostic> head_diagnostics_;
  AnalysisResult::Work work_;
};

}  // namespace

std::shared_ptr<const AnalysisResult> analyze(std::shared_ptr<const SyntaxTree> syntax,
                                              std::shared_ptr<const Registry> registry,
                                              const AnalysisOptions& options,
                                              std::shared_ptr<const AnalysisResult> previous) {
  if (!registry) registry = Registry::empty();
  auto result = Analysis(syntax, registry, options, previous.get()).run();
  result->syntax = std::move(syntax);
  result->registry = std::move(registry);
  return result;
}

const Report& AnalysisResult::report() const {
  std::call_once(report_built_, [this] {
    if (!state) return;
    report_ = state->head;
    for (size_t m = 0; m < state->models.size(); ++m) {
      const MeetingModel& model = *state->models[m];
      const int64_t delta = static_cast<int64_t>(state->bases[m + 1]) - model.base;
      Meeting meeting = model.part.meeting;
      shift(meeting, delta);
      report_.meetings.push_back(std::move(meeting));
      for (SyntaxProblem p : model.part.problems) {
        shift(p, delta);
        report_.syntax_problems.push_back(std::move(p));
      }
      for (Suppression s : model.part.suppressions) {
        shift(s, delta);
        if (syntax) s.line = syntax->lines().position(s.range.begin).line;
        report_.suppressions.push_back(std::move(s));
      }
    }
    std::stable_sort(report_.syntax_problems.begin(), report_.syntax_problems.end(),
                     [](const SyntaxProblem& a, const SyntaxProblem& b) {
                       return a.range.begin < b.range.begin;
                     });
    std::stable_sort(
        report_.suppressions.begin(), report_.suppressions.end(),
        [](const Suppression& a, const Suppression& b) { return a.range.begin < b.range.begin; });
  });
  return report_;
}

namespace {

void shift_range(ByteRange& range, int64_t delta) {
  range.begin = static_cast<uint32_t>(range.begin + delta);
  range.end = static_cast<uint32_t>(range.end + delta);
}

}  // namespace

const std::vector<AnalysisResult::DiagnosticPart>& AnalysisResult::diagnostic_parts() const {
  return parts;
}

uint32_t AnalysisResult::part_start(size_t index) const {
  return state && index < state->bases.size() ? state->bases[index] : 0;
}

const std::vector<Diagnostic>& AnalysisResult::diagnostics() const {
  std::call_once(diagnostics_built_, [this] {
    size_t count = 0;
    for (const DiagnosticPart& part : parts) count += part.findings->diagnostics.size();
    diagnostics_.reserve(count);
    for (const DiagnosticPart& part : parts)
      for (Diagnostic d : part.findings->diagnostics) {
        if (part.shift != 0) {
          shift_range(d.range, part.shift);
          for (Fix& fix : d.fixes)
            for (TextEdit& edit : fix.edits) shift_range(edit.range, part.shift);
          for (RelatedInfo& related : d.related) shift_range(related.range, part.shift);
        }
        diagnostics_.push_back(std::move(d));
      }
  });
  return diagnostics_;
}

const std::vector<NameOccurrence>& AnalysisResult::names() const {
  std::call_once(names_built_, [this] {
    if (!state) return;
    names_ = state->head_names;
    for (size_t m = 0; m < state->meetings.size(); ++m)
      for (NameOccurrence o : state->meetings[m]->names) {
        shift(o, state->bases[m + 1]);
        names_.push_back(std::move(o));
      }
    std::stable_sort(names_.begin(), names_.end(),
                     [](const NameOccurrence& a, const NameOccurrence& b) {
                       return a.written.range.begin < b.written.range.begin;
                     });
  });
  return names_;
}

Meeting AnalysisResult::meeting(size_t index) const {
  if (!state || index >= state->models.size()) return {};
  const MeetingModel& model = *state->models[index];
  Meeting meeting = model.part.meeting;
  shift(meeting, static_cast<int64_t>(state->bases[index + 1]) - model.base);
  return meeting;
}

std::vector<NameOccurrence> AnalysisResult::attendee_names() const {
  std::vector<NameOccurrence> out;
  if (!state) return out;
  for (size_t m = 0; m < state->meetings.size(); ++m)
    for (const NameOccurrence& o : state->meetings[m]->names)
      if (o.role == NameOccurrence::Role::AttendeeName) {
        NameOccurrence copy = o;
        shift(copy, state->bases[m + 1]);
        out.push_back(std::move(copy));
      }
  std::stable_sort(out.begin(), out.end(), [](const NameOccurrence& a, const NameOccurrence& b) {
    return a.written.range.begin < b.written.range.begin;
  });
  return out;
}

int AnalysisResult::meeting_at(uint32_t offset) const {
  if (!state || state->models.empty()) return -1;
  const auto& bases = state->bases;
  auto it = std::upper_bound(bases.begin() + 1, bases.end(), offset);
  if (it == bases.begin() + 1) return -1;
  const size_t unit = static_cast<size_t>(it - bases.begin()) - 1;
  const uint32_t end = bases[unit] + state->lengths[unit];
  const bool last = unit + 1 == bases.size();
  const bool inside =
      offset < end || (offset == end && last && syntax && offset == syntax->text().size());
  return inside ? static_cast<int>(unit) - 1 : -1;
}

std::optional<PartialDate> AnalysisResult::date_at(uint32_t offset) const {
  const int m = meeting_at(offset);
  if (m >= 0) {
    const auto& date = state->models[static_cast<size_t>(m)]->part.meeting.date;
    if (date && date->valid()) return date->start;
  }
  if (state && state->head.dateline && state->head.dateline->valid())
    return state->head.dateline->start;
  return std::nullopt;
}

}  // namespace readout
