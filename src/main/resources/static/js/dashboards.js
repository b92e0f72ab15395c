// Draws the dashboards' charts with Chart.js from the JSON data block next to each canvas. The page's tables hold
// the same figures for readers who cannot see a canvas; nothing here is needed to read them.
(function () {
  'use strict';

  var COLOURS = ['#1f4e79', '#c0504d', '#6a8d2f', '#7f6084', '#d08c2d', '#3d8a99'];

  function formatter(spec, unit) {
    var count = new Intl.NumberFormat(spec.locale, { maximumFractionDigits: 1 });
    var percent = new Intl.NumberFormat(spec.locale, { style: 'percent', maximumFractionDigits: 1 });
    return function (value) {
      if (value === null || value === undefined) {
        return '';
      }
      return unit === 'PERCENT' ? percent.format(value / 100) : count.format(value);
    };
  }

  function dataset(spec, set, index) {
    var colour = set.style === 'target' ? '#555555' : COLOURS[index % COLOURS.length];
    var result = {
      label: set.label,
      data: set.data,
      backgroundColor: colour,
      borderColor: colour,
      unit: set.unit
    };
    if (set.stack) {
      result.stack = set.stack;
    }
    if (set.style === 'line' || set.style === 'target') {
      result.type = 'line';
      result.fill = false;
      result.tension = 0;
      result.spanGaps = false;
    }
    if (set.style === 'target') {
      result.borderDash = [6, 4];
      result.pointRadius = 0;
      result.borderWidth = 2;
    }
    return result;
  }

  function draw(block) {
    var canvas = document.getElementById(block.getAttribute('data-canvas'));
    if (!canvas || typeof window.Chart === 'undefined') {
      return;
    }
    var spec = JSON.parse(block.textContent);
    var stacked = spec.datasets.some(function (set) { return !!set.stack; });
    var valueFormat = formatter(spec, spec.percent ? 'PERCENT' : 'COUNT');
    // Long category names (missions, agencies, indicators) read better as horizontal bars, one line each.
    var horizontal = spec.kind === 'hbar';
    if (horizontal) {
      canvas.parentNode.style.height = Math.max(12, 2.2 * spec.labels.length + 6) + 'rem';
    }
    var categoryScale = { stacked: stacked, title: { display: true, text: spec.categoryAxis } };
    var valueScale = {
      stacked: stacked,
      beginAtZero: true,
      suggestedMax: spec.percent ? 100 : undefined,
      title: { display: true, text: spec.valueAxis },
      ticks: { precision: 0, callback: function (value) { return valueFormat(value); } }
    };
    var chart = new window.Chart(canvas, {
      type: spec.kind === 'line' ? 'line' : 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map(function (set, index) { return dataset(spec, set, index); })
      },
      options: {
        locale: spec.locale,
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          title: { display: false },
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              label: function (context) {
                var format = formatter(spec, context.dataset.unit);
                return context.dataset.label + ': ' + format(context.raw);
              }
            }
          }
        },
        indexAxis: horizontal ? 'y' : 'x',
        scales: horizontal ? { x: valueScale, y: categoryScale } : { x: categoryScale, y: valueScale }
      }
    });
    canvas.setAttribute('data-drawn', String(chart.data.datasets.length));
  }

  function drawAll() {
    var blocks = document.querySelectorAll('script.chart-data[data-canvas]');
    Array.prototype.forEach.call(blocks, draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  }
  else {
    drawAll();
  }
}());
