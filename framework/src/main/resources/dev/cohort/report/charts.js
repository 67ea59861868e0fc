/*
 * Draws the charts of a Cohort report with Apache ECharts. Each chart is a <div class="plot"> whose
 * data-option names a <script type="application/json"> holding its ECharts option. The option names the
 * few functions it needs as strings ("tip", "errorBarX", ...), replaced here by the functions below.
 */
(function () {
  'use strict';

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function lines(text) {
    return escapeHtml(text).split('\n').join('<br>');
  }

  /** The tooltip of one item: its "tip" text, escaped. */
  function tip(params) {
    return params.data && params.data.tip ? lines(params.data.tip) : '';
  }

  function number(v) {
    return typeof v === 'number' && isFinite(v) ? String(Number(v.toPrecision(4))) : '\u2014';
  }

  /** The tooltip of a learning-curve step: per configuration, mean [95% CI] and seeds (rows [step, mean, low, high, n]). */
  function curveTips(params) {
    var list = (Array.isArray(params) ? params : [params]).filter(function (p) {
      return p.seriesType === 'line' && Array.isArray(p.value);
    });
    if (list.length === 0) {
      return '';
    }
    var head = 'step ' + escapeHtml(list[0].axisValueLabel) + '<br>';
    return head + list.map(function (p) {
      var v = p.value;
      return p.marker + escapeHtml(p.seriesName) + ': ' + number(v[1]) + ' [' + number(v[2]) + ', ' +
          number(v[3]) + '], ' + v[4] + ' seeds';
    }).join('<br>');
  }

  /** The tooltip of a performance-profile threshold: per configuration, fraction [95% band] (rows [tau, fraction, low, high]). */
  function profileTips(params) {
    var list = (Array.isArray(params) ? params : [params]).filter(function (p) {
      return p.seriesType === 'line' && Array.isArray(p.value);
    });
    if (list.length === 0) {
      return '';
    }
    var head = '\u03c4 = ' + escapeHtml(list[0].axisValueLabel) + '<br>';
    return head + list.map(function (p) {
      var v = p.value;
      return p.marker + escapeHtml(p.seriesName) + ': ' + number(v[1]) + ' [' + number(v[2]) + ', ' +
          number(v[3]) + ']';
    }).join('<br>');
  }

  /** A cell's text. */
  function text(params) {
    return params.data && params.data.text !== undefined ? params.data.text : '';
  }

  function style(api) {
    return { stroke: api.visual('color'), lineWidth: 1.5, fill: null };
  }

  /** A horizontal error bar for data [category, low, high], with caps. */
  function errorBarX(params, api) {
    var category = api.value(0);
    var low = api.coord([api.value(1), category]);
    var high = api.coord([api.value(2), category]);
    var cap = Math.min(8, api.size([0, 1])[1] * 0.3);
    var s = style(api);
    return {
      type: 'group',
      children: [
        { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style: s },
        { type: 'line', shape: { x1: low[0], y1: low[1] - cap, x2: low[0], y2: low[1] + cap }, style: s },
        { type: 'line', shape: { x1: high[0], y1: high[1] - cap, x2: high[0], y2: high[1] + cap }, style: s }
      ]
    };
  }

  /** A vertical error bar for data [x, low, high], with caps. */
  function errorBarY(params, api) {
    var x = api.value(0);
    var low = api.coord([x, api.value(1)]);
    var high = api.coord([x, api.value(2)]);
    var cap = 5;
    var s = style(api);
    return {
      type: 'group',
      children: [
        { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style: s },
        { type: 'line', shape: { x1: low[0] - cap, y1: low[1], x2: low[0] + cap, y2: low[1] }, style: s },
        { type: 'line', shape: { x1: high[0] - cap, y1: high[1], x2: high[0] + cap, y2: high[1] }, style: s }
      ]
    };
  }

  /** A line segment for data [x1, y1, x2, y2, width]. */
  function segment(params, api) {
    var from = api.coord([api.value(0), api.value(1)]);
    var to = api.coord([api.value(2), api.value(3)]);
    return {
      type: 'line',
      shape: { x1: from[0], y1: from[1], x2: to[0], y2: to[1] },
      style: { stroke: api.visual('color'), lineWidth: api.value(4), lineCap: 'butt' }
    };
  }

  /** A filled horizontal box for data [category, low, high], half as tall as the category's band. */
  function intervalBox(params, api) {
    var category = api.value(0);
    var low = api.coord([api.value(1), category]);
    var high = api.coord([api.value(2), category]);
    var height = api.size([0, 1])[1] * 0.5;
    return {
      type: 'rect',
      shape: { x: low[0], y: low[1] - height / 2, width: Math.max(1, high[0] - low[0]), height: height },
      style: { fill: api.visual('color'), opacity: 0.75, stroke: null }
    };
  }

  /** The piece of a confidence band between point i and point i + 1 of rows [x, mean, low, high, n]. */
  function band(params, api) {
    var i = params.dataIndexInside;
    if (i + 1 >= params.dataInsideLength) {
      return null;
    }
    var x0 = api.value(0, i), x1 = api.value(0, i + 1);
    var l0 = api.value(2, i), l1 = api.value(2, i + 1), h0 = api.value(3, i), h1 = api.value(3, i + 1);
    if ([x0, x1, l0, l1, h0, h1].some(function (v) { return typeof v !== 'number' || isNaN(v); })) {
      return null;
    }
    var points = [api.coord([x0, l0]), api.coord([x1, l1]), api.coord([x1, h1]), api.coord([x0, h0])];
    return {
      type: 'polygon',
      shape: { points: points },
      style: { fill: api.visual('color'), opacity: 0.18, stroke: null }
    };
  }

  var named = {
    tip: tip, curveTips: curveTips, profileTips: profileTips, text: text, errorBarX: errorBarX,
    errorBarY: errorBarY, band: band, segment: segment, intervalBox: intervalBox
  };

  function resolve(option) {
    if (option.tooltip && named[option.tooltip.formatter]) {
      option.tooltip.formatter = named[option.tooltip.formatter];
    }
    (option.series || []).forEach(function (series) {
      if (named[series.renderItem]) {
        series.renderItem = named[series.renderItem];
      }
      if (series.label && named[series.label.formatter]) {
        series.label.formatter = named[series.label.formatter];
      }
    });
    return option;
  }

  var charts = [];

  /* An abbreviated axis label shows its whole text (option.hoverTexts: label to text) as the container's title. */
  function hoverTexts(chart, element, texts) {
    chart.on('mouseover', function (params) {
      if ((params.componentType === 'xAxis' || params.componentType === 'yAxis') && texts[params.value]) {
        element.setAttribute('title', texts[params.value]);
      }
    });
    chart.on('mouseout', function () {
      element.removeAttribute('title');
    });
  }

  function draw(element) {
    var source = document.getElementById(element.getAttribute('data-option'));
    var chart = echarts.init(element, null, { renderer: 'svg' });
    var option = JSON.parse(source.textContent);
    var texts = option.hoverTexts;
    delete option.hoverTexts;
    chart.setOption(resolve(option));
    if (texts) {
      hoverTexts(chart, element, texts);
    }
    charts.push(chart);
  }

  /* A chart inside a closed <details> has no width yet: it is drawn when all its details are open. */
  document.querySelectorAll('div.plot[data-option]').forEach(function (element) {
    if (!element.closest('details:not([open])')) {
      draw(element);
      return;
    }
    for (var d = element.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) {
      d.addEventListener('toggle', function () {
        if (!echarts.getInstanceByDom(element) && !element.closest('details:not([open])')) {
          draw(element);
        }
      });
    }
  });
  window.cohortCharts = charts;
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
