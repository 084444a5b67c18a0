/**
 * ECharts, only the parts the map draws with (a geo component of the members' GeoJSON, scatter
 * pins, tooltips, the canvas renderer), so the page carries a third of the library; and the
 * nine members' boundaries registered once, from the file shipped beside this one.
 */
import { ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import boundaries from './members.geo.json';

echarts.use([GeoComponent, TooltipComponent, ScatterChart, CanvasRenderer]);

/** The registered map's name; its areas are named by adcode (the features' `adcode` property). */
export const CORRIDOR_MAP = 'corridor';

echarts.registerMap(CORRIDOR_MAP, boundaries as Parameters<typeof echarts.registerMap>[1]);

/**
 * Chinese text on the canvas: the system's CJK fonts (Debian's fonts-noto-cjk, macOS's PingFang,
 * Windows' YaHei); the page ships no web font and loads none.
 */
export const CJK_FONT_FAMILY = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export { echarts };
