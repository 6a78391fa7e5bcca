// The officer page: sign in with a token, a live hit queue (server-sent events), the hit's explanation, confirm or dismiss.
// No framework and no inline script (the Content-Security-Policy forbids it); every value is written as text, never as HTML.
"use strict";

const TEXT = {
  en: {
    title: "Gateway — hit review", offline: "offline", live: "live", signIn: "Sign in", signOut: "Sign out", signInTitle: "Sign in",
    signInHelp: "Paste your officer token (development: gateway token --officer ID --pin N --role officer).",
    status: "Status", active: "To decide", all: "All", filterHint: "Flight, name, list", when: "When", flight: "Flight",
    traveller: "Traveller", list: "List", score: "Score", pick: "Select a hit to see why it fired.", hit: "hit", hits: "hits",
    open: "open", "awaiting-second": "awaiting 2nd", confirmed: "confirmed", dismissed: "dismissed",
    why: "Why it fired", matchedName: "Matched list name", part: "Traveller part", listPart: "List part", similarity: "Similarity", how: "How",
    unmatchedQuery: "Traveller parts not matched", unmatchedList: "List parts not matched", adjustments: "Score adjustments",
    nameScore: "Name score", compare: "Traveller and list entry", field: "", travellerCol: "Traveller (as sent)", entryCol: "List entry",
    name: "Name", birth: "Date of birth", sex: "Sex", nationality: "Nationality", documents: "Documents", remarks: "Remarks",
    source: "Source", report: "Report", message: "Original message", index: "Traveller no.", carrier: "Carrier",
    reviews: "Reviews", note: "Note (reason for your decision)", confirm: "Confirm (do not board)", dismiss: "Dismiss (false match)",
    fourEyes: "four eyes: a second officer must agree", decided: "Decided", badToken: "The token was refused: ", band: "Band",
    kind: "Kind", consequence: "Consequence", failed: "The review failed: ",
  },
  ko: {
    title: "게이트웨이 — 적중 심사", offline: "연결 끊김", live: "실시간", signIn: "로그인", signOut: "로그아웃", signInTitle: "로그인",
    signInHelp: "심사관 토큰을 붙여 넣으십시오 (개발용: gateway token --officer ID --pin N --role officer).",
    status: "상태", active: "심사 대기", all: "전체", filterHint: "편명, 이름, 명단", when: "시각", flight: "편명",
    traveller: "여행자", list: "명단", score: "점수", pick: "적중 건을 선택하면 판단 근거가 표시됩니다.", hit: "건", hits: "건",
    open: "대기", "awaiting-second": "2차 확인 대기", confirmed: "확인됨", dismissed: "기각됨",
    why: "적중 근거", matchedName: "일치한 명단 이름", part: "여행자 이름 부분", listPart: "명단 이름 부분", similarity: "유사도", how: "방법",
    unmatchedQuery: "일치하지 않은 여행자 이름 부분", unmatchedList: "일치하지 않은 명단 이름 부분", adjustments: "점수 조정",
    nameScore: "이름 점수", compare: "여행자와 명단 항목", field: "", travellerCol: "여행자 (항공사 전송)", entryCol: "명단 항목",
    name: "성명", birth: "생년월일", sex: "성별", nationality: "국적", documents: "여권·문서", remarks: "비고",
    source: "출처", report: "보고서", message: "원본 전문", index: "여행자 번호", carrier: "운수업자",
    reviews: "심사 기록", note: "메모 (판단 사유)", confirm: "확인 (탑승 불가)", dismiss: "기각 (오탐)",
    fourEyes: "2인 확인: 다른 심사관의 동의가 필요합니다", decided: "결정됨", badToken: "토큰이 거부되었습니다: ", band: "등급",
    kind: "종류", consequence: "조치", failed: "심사 처리 실패: ",
  },
};

const ROW_HEIGHT = 36;
const state = { lang: localStorage.getItem("gateway.lang") || "en", token: sessionStorage.getItem("gateway.token"), officer: null,
  hits: new Map(), order: [], selected: null, source: null, dirty: false, fresh: new Set() };
const $ = (id) => document.getElementById(id);
const t = (key) => (TEXT[state.lang][key] ?? TEXT.en[key] ?? key);

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k === "class") node.className = v; else if (k === "style") node.style.cssText = v; else if (k === "text") node.textContent = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(typeof c === "string" || typeof c === "number" ? String(c) : c);
  return node;
}

function translate() {
  document.documentElement.lang = state.lang;
  for (const n of document.querySelectorAll("[data-i18n]")) n.textContent = t(n.dataset.i18n);
  for (const n of document.querySelectorAll("[data-i18n-placeholder]")) n.placeholder = t(n.dataset.i18nPlaceholder);
  $("lang").textContent = state.lang === "en" ? "한국어" : "English";
  $("live").textContent = t(state.source && state.source.readyState === 1 ? "live" : "offline");
  state.dirty = true;
  if (state.selected) showDetail(state.selected);
}

async function api(path, options = {}) {
  const response = await fetch(path, { ...options, headers: { ...(options.headers || {}), Authorization: "Bearer " + state.token } });
  if (response.status === 401) { signOut(); throw new Error("signed out"); }
  return response;
}

async function signIn(token) {
  state.token = token.trim();
  const response = await fetch("/api/v1/officers/me", { headers: { Authorization: "Bearer " + state.token } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    $("signinError").textContent = t("badToken") + (problem.detail || response.status);
    state.token = null;
    return;
  }
  state.officer = await response.json();
  sessionStorage.setItem("gateway.token", state.token);
  $("who").textContent = state.officer.id + " · " + state.officer.roles.join(", ");
  $("signin").hidden = true; $("work").hidden = false; $("signout").hidden = false;
  connect();
}

function signOut() {
  sessionStorage.removeItem("gateway.token");
  if (state.source) state.source.close();
  state.source = null; state.token = null; state.hits.clear(); state.order = []; state.selected = null;
  $("signin").hidden = false; $("work").hidden = true; $("signout").hidden = true; $("who").textContent = "";
  translate();
}

// EventSource cannot send headers: trade the token for a short-lived ticket, then open the stream; on error, ask again.
async function connect() {
  if (!state.token) return;
  try {
    const response = await api("/api/v1/hits/stream/ticket", { method: "POST" });
    const { ticket } = await response.json();
    const source = new EventSource("/api/v1/hits/stream?ticket=" + encodeURIComponent(ticket));
    state.source = source;
    source.addEventListener("open", () => { $("live").classList.add("on"); $("live").textContent = t("live"); });
    source.addEventListener("snapshot", (e) => merge(JSON.parse(e.data), false));
    source.addEventListener("hit", (e) => merge(JSON.parse(e.data), true));
    source.addEventListener("error", () => {
      $("live").classList.remove("on"); $("live").textContent = t("offline");
      source.close();
      if (state.source === source) setTimeout(connect, 2000);
    });
  } catch { setTimeout(connect, 5000); }
}

function merge(list, fresh) {
  for (const h of list) {
    if (!state.hits.has(h.id)) state.order.push(h.id);
    state.hits.set(h.id, h);
    if (fresh) state.fresh.add(h.id);
    if (fresh && state.selected === h.id) showDetail(h.id);
  }
  state.dirty = true;
}

// The queue is virtual: only the rows in view exist in the page, so thousands of hits stay fast.
let visible = [];
function filtered() {
  const active = $("statusFilter").value === "active";
  const text = $("textFilter").value.trim().toLowerCase();
  const out = [];
  for (const id of state.order) {
    const h = state.hits.get(id);
    if (active && (h.status === "confirmed" || h.status === "dismissed")) continue;
    if (text && !(h.flightKey + " " + h.surname + " " + h.givenNames + " " + h.list).toLowerCase().includes(text)) continue;
    out.push(h);
  }
  out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? -1 : 1));
  return out;
}

function render() {
  if (state.dirty) { visible = filtered(); state.dirty = false; $("count").textContent = visible.length + " " + t(visible.length === 1 ? "hit" : "hits"); drawRows(); }
  requestAnimationFrame(render);
}

function drawRows() {
  const viewport = $("viewport");
  $("spacer").style.height = visible.length * ROW_HEIGHT + "px";
  const first = Math.max(0, Math.floor(viewport.scrollTop / ROW_HEIGHT) - 5);
  const last = Math.min(visible.length, first + Math.ceil(viewport.clientHeight / ROW_HEIGHT) + 10);
  const rows = $("rows");
  rows.style.transform = "translateY(" + first * ROW_HEIGHT + "px)";
  rows.replaceChildren(...visible.slice(first, last).map(row));
}

function row(h) {
  const time = new Date(h.createdAt).toISOString().slice(11, 16);
  const classes = "row" + (h.id === state.selected ? " selected" : "") + (state.fresh.has(h.id) ? " fresh" : "");
  state.fresh.delete(h.id);
  return el("div", { class: classes, "data-id": h.id, role: "button", onclick: () => showDetail(h.id) },
    el("span", { text: time }), el("span", { text: h.flightKey }),
    el("span", { text: h.surname + ", " + h.givenNames + (h.nationality ? " · " + h.nationality : "") }),
    el("span", { text: h.list }), el("span", { class: "band-" + h.band, text: h.score.toFixed(2) }),
    el("span", { class: "st-" + h.status, text: t(h.status) }));
}

async function showDetail(id) {
  state.selected = id; state.dirty = true;
  const response = await api("/api/v1/hits/" + encodeURIComponent(id));
  if (!response.ok || state.selected !== id) return;
  const d = await response.json();
  state.hits.set(d.id, { ...state.hits.get(d.id), status: d.status });
  $("detail").replaceChildren(...detail(d));
}

function detail(d) {
  const tr = d.traveller, e = d.entry || { names: [], birthDates: [], nationalities: [], documents: [] };
  const docs = (list) => list.map((x) => [x.type, x.number, x.issuingState].filter(Boolean).join(" ")).join("; ");
  const cmp = (label, mine, theirs) => {
    const same = mine && theirs && theirs.split("; ").some((v) => v.toUpperCase() === mine.toUpperCase());
    return el("tr", {}, el("th", { text: t(label) }), el("td", { class: same ? "same" : "", text: mine || "—" }), el("td", { text: theirs || "—" }));
  };
  const why = d.explanation;
  const out = [
    el("h2", {}, tr.surname + ", " + tr.givenNames.join(" "), el("span", { class: "badge st-" + d.status, text: t(d.status) }),
      d.fourEyes ? el("span", { class: "badge", text: t("fourEyes") }) : null),
    el("table", {},
      el("tr", {}, el("th", { text: t("list") }), el("td", { text: d.list + " · " + d.reference })),
      el("tr", {}, el("th", { text: t("kind") }), el("td", { text: d.kind + " → " + d.consequence })),
      el("tr", {}, el("th", { text: t("score") }), el("td", {}, el("span", { class: "bar", style: "width:" + Math.round(d.score * 120) + "px" }),
        " " + d.score.toFixed(3) + " · " + t("band") + " " + d.band))),
    el("h3", { text: t("why") }),
    el("p", {}, t("matchedName") + ": ", el("strong", { text: why.matchedName }), " · " + t("nameScore") + " " + why.nameScore.toFixed(3)),
    el("table", { class: "explanation" },
      el("tr", {}, el("th", { text: t("part") }), el("th", { text: t("listPart") }), el("th", { text: t("similarity") }), el("th", { text: t("how") })),
      ...why.aligned.map((a) => el("tr", {}, el("td", { text: a.query }), el("td", { text: a.list }), el("td", { text: a.similarity.toFixed(2) }),
        el("td", { text: String(a.how) + (a.familyName ? " · surname" : "") })))),
    why.unmatchedQuery.length ? el("p", { class: "muted", text: t("unmatchedQuery") + ": " + why.unmatchedQuery.join(", ") }) : null,
    why.unmatchedList.length ? el("p", { class: "muted", text: t("unmatchedList") + ": " + why.unmatchedList.join(", ") }) : null,
    why.adjustments.length ? el("p", { text: t("adjustments") + ": " + why.adjustments.map((a) => a.reason + " " + (a.delta >= 0 ? "+" : "") + a.delta.toFixed(2)).join(" · ") }) : null,
    why.document ? el("p", { text: t("documents") + ": " + why.document }) : null,
    el("h3", { text: t("compare") }),
    el("table", { class: "compare" },
      el("tr", {}, el("th", { text: "" }), el("th", { text: t("travellerCol") }), el("th", { text: t("entryCol") })),
      cmp("name", tr.surname + " " + tr.givenNames.join(" "), e.names.join("; ")),
      cmp("birth", tr.birthDate, e.birthDates.join("; ")),
      cmp("sex", tr.sex, e.sex),
      cmp("nationality", tr.nationality, e.nationalities.join("; ")),
      cmp("documents", docs(tr.documents), docs(e.documents)),
      e.remarks ? el("tr", {}, el("th", { text: t("remarks") }), el("td", { colspan: "2", text: e.remarks })) : null),
    el("h3", { text: t("source") }),
    el("p", {}, t("flight") + " " + d.flightKey + " · " + t("carrier") + " " + d.carrier + " · " + t("report") + " " + d.reportId + " · " + t("index") + " " + (d.travellerIndex + 1) + " · ",
      el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); openMessage(d.id); }, text: t("message") })),
  ];
  if (d.reviews.length) {
    out.push(el("h3", { text: t("reviews") }), el("table", {}, ...d.reviews.map((r) => el("tr", {},
      el("td", { text: new Date(r.at).toISOString().replace("T", " ").slice(0, 19) }), el("td", { text: r.officer + " (" + r.pin + ")" }),
      el("td", { text: r.decision + " · " + r.outcome }), el("td", { text: r.note || "" })))));
  }
  if (d.status === "open" || d.status === "awaiting-second") {
    const note = el("textarea", { id: "note", rows: "2", "aria-label": t("note"), placeholder: t("note") });
    const result = el("p", { class: "error", role: "alert" });
    const decide = async (decision) => {
      const response = await api("/api/v1/hits/" + encodeURIComponent(d.id) + "/review", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ decision, note: note.value || null }) });
      if (!response.ok) { const p = await response.json().catch(() => ({})); result.textContent = t("failed") + (p.detail || response.status); return; }
      const reviewed = await response.json();
      merge([{ ...state.hits.get(d.id), status: reviewed.status }], false);
      $("detail").replaceChildren(...detail(reviewed));
    };
    out.push(el("div", { class: "decide" }, note, el("div", { class: "buttons" },
      el("button", { id: "confirmButton", class: "confirm", type: "button", onclick: () => decide("confirm"), text: t("confirm") }),
      el("button", { id: "dismissButton", class: "dismiss", type: "button", onclick: () => decide("dismiss"), text: t("dismiss") })), result));
  }
  return out.filter((n) => n !== null);
}

async function openMessage(id) {
  const response = await api("/api/v1/hits/" + encodeURIComponent(id) + "/message");
  const text = await response.text();
  $("detail").append(el("pre", { class: "message", text }));
}

document.addEventListener("DOMContentLoaded", () => {
  $("lang").addEventListener("click", () => { state.lang = state.lang === "en" ? "ko" : "en"; localStorage.setItem("gateway.lang", state.lang); translate(); });
  $("signinButton").addEventListener("click", () => signIn($("token").value));
  $("signout").addEventListener("click", signOut);
  $("statusFilter").addEventListener("change", () => { state.dirty = true; });
  $("textFilter").addEventListener("input", () => { state.dirty = true; });
  $("viewport").addEventListener("scroll", () => drawRows(), { passive: true });
  translate();
  requestAnimationFrame(render);
  if (state.token) signIn(state.token);
});
