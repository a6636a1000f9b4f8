// Renders the API's answer: quotes and speaker mentions highlighted in the text, then a table.
const $ = (id) => document.getElementById(id);

function highlight(text, quotes) {
  const marks = [];
  for (const q of quotes) {
    const who = q.speaker ? q.speaker.name : "no speaker found";
    for (const f of (q.fragments.length ? q.fragments : [q])) {
      marks.push({ start: f.start, end: f.end, cls: q.type, title: q.type + " quote: " + who });
    }
    if (q.speaker && q.speaker.mention) {
      marks.push({ start: q.speaker.mention.start, end: q.speaker.mention.end, cls: "speaker", title: "speaker: " + who });
    }
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = document.createDocumentFragment();
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;  // overlapping marks: keep the first
    out.append(text.slice(at, m.start));
    const el = document.createElement("mark");
    el.className = m.cls;
    el.title = m.title;
    el.textContent = text.slice(m.start, m.end);
    out.append(el);
    at = m.end;
  }
  out.append(text.slice(at));
  return out;
}

function cell(row, value) {
  const td = document.createElement("td");
  td.textContent = value || "";
  row.append(td);
}

async function run() {
  const text = $("text").value;
  $("run").disabled = true;
  $("status").textContent = "…";
  $("status").className = "";
  try {
    const started = performance.now();
    const response = await fetch("/api/v1/attributions", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text })
    });
    const body = await response.json();
    if (!response.ok) throw new Error(body.detail || response.statusText);
    $("status").textContent = body.quotes.length + " quotes in " + Math.round(performance.now() - started) + " ms (engine " + body.engineVersion + ")";
    $("article").replaceChildren(highlight(text, body.quotes));
    const rows = $("quotes").tBodies[0];
    rows.replaceChildren();
    for (const q of body.quotes) {
      const row = document.createElement("tr");
      const s = q.speaker;
      cell(row, q.type);
      cell(row, s ? s.name : "(none)");
      cell(row, s ? [s.role, s.affiliation].filter(Boolean).join(", ") : "");
      // An interrupted quote's text is the envelope of its fragments: show the words without the cue between.
      cell(row, q.fragments.length > 1 ? q.fragments.map((f) => f.text).join(" … ") : q.text);
      cell(row, q.sieve);
      rows.append(row);
    }
    $("quotes").hidden = body.quotes.length === 0;
  } catch (e) {
    $("status").textContent = "Failed: " + e.message;
    $("status").className = "error";
  } finally {
    $("run").disabled = false;
  }
}

$("run").addEventListener("click", run);
