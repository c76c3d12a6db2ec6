(() => {
  "use strict";
  const SEVERITIES = ["error", "warning", "info"];
  const items = Array.from(document.querySelectorAll("li.finding"));
  const itemOf = new Map(items.map((li) => [li.dataset.f, li]));
  const marksOf = new Map();
  for (const mark of document.querySelectorAll("mark[data-f]")) {
    if (!marksOf.has(mark.dataset.f)) marksOf.set(mark.dataset.f, []);
    marksOf.get(mark.dataset.f).push(mark);
  }
  const tip = document.getElementById("tip");
  let pinned = null;

  function plural(count, word) {
    return count + " " + word + (count === 1 ? "" : "s");
  }

  function checkedValues(kind) {
    return new Set(Array.from(document.querySelectorAll('input[data-filter="' + kind + '"]:checked'), (box) => box.value));
  }

  // Filters: a finding shows when its severity and its rule are both ticked.
  function applyFilters() {
    const severities = checkedValues("severity");
    const rules = checkedValues("rule");
    const counts = new Map();
    let shown = 0;
    for (const li of items) {
      const on = severities.has(li.dataset.severity) && rules.has(li.dataset.rule);
      li.hidden = !on;
      for (const mark of marksOf.get(li.dataset.f) || []) {
        mark.classList.toggle("off", !on);
        if (mark.id) mark.tabIndex = on ? 0 : -1;
      }
      if (!on) continue;
      shown += 1;
      const article = li.closest("section.article").dataset.article;
      if (!counts.has(article)) counts.set(article, { error: 0, warning: 0, info: 0 });
      counts.get(article)[li.dataset.severity] += 1;
    }
    for (const row of document.querySelectorAll("table.summary tbody tr")) {
      const count = counts.get(row.dataset.article) || { error: 0, warning: 0, info: 0 };
      for (const severity of SEVERITIES) {
        const cell = row.querySelector('td[data-severity="' + severity + '"]');
        cell.textContent = count[severity];
        cell.classList.toggle("zero", count[severity] === 0);
      }
      row.querySelector("td.total").textContent = count.error + count.warning + count.info;
    }
    // An article shows while a problem of it does.
    for (const section of document.querySelectorAll("section.article")) {
      const total = section.querySelectorAll("li.finding").length;
      const count = counts.get(section.dataset.article) || { error: 0, warning: 0, info: 0 };
      const visible = count.error + count.warning + count.info;
      section.querySelector(".article-counts").textContent =
        visible === total ? plural(total, "problem") : visible + " of " + plural(total, "problem") + " shown";
      section.hidden = visible === 0;
    }
    const status = document.querySelector(".showing");
    status.textContent = shown === items.length ? "Showing " + plural(shown, "problem") + "." : "Showing " + shown + " of " + plural(items.length, "problem") + ".";
    if (pinned && pinned.classList.contains("off")) hideTip();
  }

  document.addEventListener("change", (event) => {
    if (event.target.matches("input[data-filter]")) applyFilters();
  });
  for (const button of document.querySelectorAll("button[data-rules]")) {
    button.addEventListener("click", () => {
      for (const box of document.querySelectorAll('input[data-filter="rule"]')) box.checked = button.dataset.rules === "all";
      applyFilters();
    });
  }

  // The summary table sorts by a column when its header is clicked: names A to Z, counts largest first.
  const summary = document.querySelector("table.summary");
  for (const button of summary.querySelectorAll("th button.sort")) {
    button.addEventListener("click", () => {
      const header = button.closest("th");
      const column = header.cellIndex;
      const numeric = header.classList.contains("num");
      const name = (row) => row.cells[0].textContent;
      const rows = Array.from(summary.tBodies[0].rows).sort((a, b) =>
        (numeric ? Number(b.cells[column].textContent) - Number(a.cells[column].textContent) : 0) || name(a).localeCompare(name(b)));
      summary.tBodies[0].append(...rows);
      for (const cell of header.parentElement.cells) cell.removeAttribute("aria-sort");
      header.setAttribute("aria-sort", numeric ? "descending" : "ascending");
    });
  }

  // The findings at a spot: the mark and the marks around it, innermost first.
  function covering(mark) {
    const found = [];
    for (let m = mark; m; m = m.parentElement && m.parentElement.closest("mark[data-f]")) {
      if (!m.classList.contains("off")) found.push(itemOf.get(m.dataset.f));
    }
    return found;
  }

  function card(li) {
    const box = document.createElement("div");
    box.className = "tip-item sev-" + li.dataset.severity;
    const head = document.createElement("div");
    head.className = "tip-head";
    head.append(li.querySelector(".badge").cloneNode(true), li.querySelector(".rule-id").cloneNode(true));
    box.append(head);
    for (const part of li.querySelectorAll(".msg, .fix")) box.append(part.cloneNode(true));
    return box;
  }

  function setActive(lis) {
    for (const li of document.querySelectorAll("li.finding.active")) li.classList.remove("active");
    for (const mark of document.querySelectorAll("mark.active")) mark.classList.remove("active");
    for (const li of lis) {
      li.classList.add("active");
      for (const mark of marksOf.get(li.dataset.f) || []) mark.classList.add("active");
    }
  }

  function showTip(mark, pin) {
    const lis = covering(mark);
    if (!lis.length) return;
    tip.replaceChildren(...lis.map(card));
    tip.classList.toggle("pinned", pin);
    tip.hidden = false;
    const rect = mark.getClientRects()[0] || mark.getBoundingClientRect();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
    const below = rect.bottom + 8 + height <= window.innerHeight || rect.top < height + 8;
    tip.style.left = left + window.scrollX + "px";
    tip.style.top = (below ? rect.bottom + 8 : rect.top - height - 8) + window.scrollY + "px";
    if (pin) {
      pinned = mark;
      setActive(lis);
      const panel = lis[0].closest(".findings-panel");
      const top = lis[0].offsetTop - panel.offsetTop;
      if (top < panel.scrollTop || top + lis[0].offsetHeight > panel.scrollTop + panel.clientHeight) panel.scrollTop = top - 8;
    }
  }

  function hideTip() {
    tip.hidden = true;
    pinned = null;
    setActive([]);
  }

  function liveMark(target) {
    const mark = target instanceof Element ? target.closest("mark[data-f]") : null;
    return mark && !mark.classList.contains("off") ? mark : null;
  }

  document.addEventListener("mouseover", (event) => {
    if (pinned) return;
    const mark = liveMark(event.target);
    if (mark) showTip(mark, false);
    else if (!tip.contains(event.target)) tip.hidden = true;
  });
  document.addEventListener("focusin", (event) => {
    const mark = liveMark(event.target);
    if (mark && mark !== pinned) {
      if (pinned) hideTip();
      showTip(mark, false);
    }
  });
  document.addEventListener("focusout", (event) => {
    if (!pinned && liveMark(event.target)) tip.hidden = true;
  });
  document.addEventListener("click", (event) => {
    const mark = liveMark(event.target);
    if (mark) {
      showTip(mark, true);
      return;
    }
    const goto = event.target instanceof Element ? event.target.closest("button.goto") : null;
    if (goto) {
      const first = document.getElementById("f" + goto.closest("li.finding").dataset.f);
      first.scrollIntoView({ block: "center" });
      first.focus({ preventScroll: true });
      showTip(first, true);
      return;
    }
    if (pinned && !tip.contains(event.target)) hideTip();
  });
  document.addEventListener("keydown", (event) => {
    const mark = liveMark(event.target);
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      showTip(mark, true);
    } else if (event.key === "Escape" && !tip.hidden) {
      const back = pinned;
      if (back) back.focus();
      hideTip();
    }
  });

  applyFilters();
})();
