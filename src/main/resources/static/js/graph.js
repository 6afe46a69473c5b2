// The ranked career paths drawn as one graph: each role once, each step an arrow (dashed when inferred).
import cytoscape from 'cytoscape';

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-max-width': 110,
      'font-size': 12,
      'text-valign': 'center',
      'text-halign': 'center',
      color: '#1d2433',
      shape: 'round-rectangle',
      width: 124,
      height: 46,
      'background-color': '#e8edf7',
      'border-width': 1,
      'border-color': '#8b9bb8',
    },
  },
  { selector: 'node.start', style: { 'background-color': '#d9f2e4', 'border-color': '#2f8f5b', 'border-width': 2 } },
  { selector: 'node.target', style: { 'background-color': '#efe3fb', 'border-color': '#7a3fb8', 'border-width': 2 } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'line-color': '#5671a6',
      'target-arrow-color': '#5671a6',
      'arrow-scale': 1.2,
    },
  },
  { selector: 'edge.inferred', style: { 'line-style': 'dashed' } },
  { selector: 'edge.reporting', style: { 'line-color': '#b06a1f', 'target-arrow-color': '#b06a1f' } },
  { selector: '.faded', style: { opacity: 0.25 } },
  { selector: 'edge:selected, edge.chosen', style: { width: 4, 'line-color': '#d63b5b', 'target-arrow-color': '#d63b5b' } },
];

export class PathGraph {
  /** @param container the element to draw in; @param onEdge (edge data) => void when an arrow is selected */
  constructor(container, onEdge) {
    this.container = container;
    this.onEdge = onEdge;
    this.cy = null;
  }

  /**
   * Draws {@code paths} (each a list of steps after {@code start}) with one node per role and one arrow per step;
   * an arrow carries its step so that selecting it shows the step's citations.
   */
  draw(start, targetId, paths) {
    const nodes = new Map([[start.id, { id: start.id, label: start.name, classes: 'start' }]]);
    const edges = new Map();
    paths.forEach((path, index) => {
      let previous = start;
      path.steps.forEach((step) => {
        const role = step.role;
        if (!nodes.has(role.id)) {
          nodes.set(role.id, { id: role.id, label: role.name, classes: role.id === targetId ? 'target' : '' });
        }
        const id = `${previous.id}->${role.id}`;
        if (!edges.has(id)) {
          edges.set(id, { id, source: previous.id, target: role.id, step, from: previous, paths: [] });
        }
        edges.get(id).paths.push(index);
        previous = role;
      });
    });
    const elements = [
      ...[...nodes.values()].map((node) => ({ data: { id: node.id, label: node.label }, classes: node.classes })),
      ...[...edges.values()].map((edge) => ({
        data: edge,
        classes: [edge.step.inferred ? 'inferred' : '', edge.step.via === 'REPORTING_LINE' ? 'reporting' : ''].join(' '),
      })),
    ];
    this.destroy();
    this.cy = cytoscape({
      container: this.container,
      elements,
      style: STYLE,
      layout: { name: 'breadthfirst', directed: true, roots: [start.id], spacingFactor: 1.1, padding: 16 },
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    this.cy.on('tap', 'edge', (event) => this.onEdge(event.target.data()));
    this.container.dataset.nodes = String(nodes.size);
    this.container.dataset.edges = String(edges.size);
  }

  /** Brings out path {@code index} and fades the others; null shows all. */
  highlight(index) {
    if (!this.cy) {
      return;
    }
    this.cy.elements().removeClass('faded chosen');
    if (index === null) {
      return;
    }
    const onPath = this.cy.edges().filter((edge) => edge.data('paths').includes(index));
    this.cy.elements().not(onPath.union(onPath.connectedNodes())).addClass('faded');
  }

  /** Marks the arrow of one step, as when it is chosen from the list; null marks none. */
  choose(edgeId) {
    if (this.cy) {
      this.cy.edges().removeClass('chosen');
      if (edgeId !== null) {
        this.cy.getElementById(edgeId).addClass('chosen');
      }
    }
  }

  /** Redraws at the container's current size (after a rotation or a resize). */
  fit() {
    if (this.cy) {
      this.cy.resize();
      this.cy.fit(undefined, 16);
    }
  }

  destroy() {
    if (this.cy) {
      this.cy.destroy();
      this.cy = null;
    }
    delete this.container.dataset.nodes;
    delete this.container.dataset.edges;
  }
}
