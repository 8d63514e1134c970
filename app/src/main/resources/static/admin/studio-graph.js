/* A bot's blocks and arrows as a layered graph: rows from the start (and the blocks with a trigger) down
   the arrows, blocks in a row ordered near their parents; pure layout, drawn by studio.js. */
(() => {
  'use strict';
  const NODE_W = 168;
  const NODE_H = 62;
  const GAP_X = 36;
  const GAP_Y = 74;
  const MARGIN = 24;

  /** Rows by shortest distance from the roots; a block no arrow reaches sits in the last row. */
  function rows(blocks, start) {
    const byId = new Map(blocks.map(b => [b.id, b]));
    const depth = new Map();
    const queue = [];
    const roots = [start].concat(blocks.filter(b => b.trigger && b.id !== start).map(b => b.id));
    for (const id of roots) {
      if (byId.has(id) && !depth.has(id)) { depth.set(id, 0); queue.push(id); }
    }
    while (queue.length) {
      const id = queue.shift();
      for (const arrow of byId.get(id).arrows || []) {
        if (byId.has(arrow.to) && !depth.has(arrow.to)) { depth.set(arrow.to, depth.get(id) + 1); queue.push(arrow.to); }
      }
    }
    const deepest = Math.max(0, ...depth.values());
    const layered = [];
    for (const block of blocks) {
      const d = depth.has(block.id) ? depth.get(block.id) : deepest + 1;
      (layered[d] = layered[d] || []).push(block.id);
    }
    return layered.filter(Boolean);
  }

  /** Orders each row by the mean place of the blocks leading to it in the rows above (one sweep down). */
  function order(layered, blocks) {
    const parents = new Map();
    for (const b of blocks) {
      for (const a of b.arrows || []) {
        if (!parents.has(a.to)) parents.set(a.to, []);
        parents.get(a.to).push(b.id);
      }
    }
    const place = new Map();
    layered.forEach((row, r) => {
      if (r > 0) {
        const score = id => {
          const known = (parents.get(id) || []).filter(p => place.has(p) && place.get(p).row < r);
          return known.length ? known.reduce((s, p) => s + place.get(p).index, 0) / known.length : Infinity;
        };
        row.sort((a, b) => score(a) - score(b));
      }
      row.forEach((id, index) => place.set(id, { row: r, index }));
    });
    return layered;
  }

  /**
   * Places every block and routes every arrow: {nodes: [{id, x, y, w, h}], edges: [{from, to, arrow, index, path,
   * labelX, labelY}], width, height}.
   */
  function layout(blocks, start) {
    const layered = order(rows(blocks, start), blocks);
    const widest = Math.max(1, ...layered.map(r => r.length));
    const width = MARGIN * 2 + widest * NODE_W + (widest - 1) * GAP_X;
    const nodes = new Map();
    layered.forEach((row, r) => {
      const rowWidth = row.length * NODE_W + (row.length - 1) * GAP_X;
      const left = (width - rowWidth) / 2;
      row.forEach((id, i) => nodes.set(id, { id, x: left + i * (NODE_W + GAP_X), y: MARGIN + r * (NODE_H + GAP_Y), w: NODE_W, h: NODE_H, row: r }));
    });
    const edges = [];
    for (const block of blocks) {
      (block.arrows || []).forEach((arrow, index) => {
        const from = nodes.get(block.id);
        const to = nodes.get(arrow.to);
        if (!from || !to) return;
        edges.push(Object.assign({ from: block.id, to: arrow.to, arrow, index }, route(from, to, index)));
      });
    }
    const height = MARGIN * 2 + layered.length * NODE_H + (layered.length - 1) * GAP_Y;
    return { nodes: [...nodes.values()], edges, width, height };
  }

  /** Down to a lower row: a gentle curve. Back up, or along a row: a loop out to the side. */
  function route(from, to, index) {
    const sx = from.x + from.w / 2 + (index % 3 - 1) * 14;
    if (to.row > from.row) {
      const sy = from.y + from.h;
      const tx = to.x + to.w / 2;
      const ty = to.y;
      const my = (sy + ty) / 2;
      return { path: `M${sx},${sy} C${sx},${my} ${tx},${my} ${tx},${ty}`, labelX: (sx + tx) / 2, labelY: my + (index % 3 - 1) * 12 };
    }
    if (from === to) {
      const x = from.x + from.w;
      const y = from.y + from.h / 2;
      return { path: `M${x},${y - 12} C${x + 40},${y - 40} ${x + 40},${y + 40} ${x},${y + 12}`, labelX: x + 30, labelY: y };
    }
    const right = to.x >= from.x;
    const sxs = right ? from.x + from.w : from.x;
    const txs = right ? to.x + to.w : to.x;
    const sy = from.y + from.h / 2;
    const ty = to.y + to.h / 2;
    const out = right ? Math.max(sxs, txs) + 46 : Math.min(sxs, txs) - 46;
    return { path: `M${sxs},${sy} C${out},${sy} ${out},${ty} ${txs},${ty}`, labelX: out, labelY: (sy + ty) / 2 };
  }

  window.StudioGraph = { layout, NODE_W, NODE_H };
})();
