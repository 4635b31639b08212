/**
 * Decap CMS with only what this editor uses, instead of decap-cms-app (which
 * registers every backend, widget and language Decap has: OpenLayers for
 * maps, CodeMirror for code, a colour picker, nine other Git hosts, forty
 * languages). The parts are the packages decap-cms-app itself depends on, at
 * the versions it pins; upgrading decap-cms-app upgrades them.
 *
 * Backends: GitLab (production) and the proxy backend Decap uses to talk to
 * decap-server (`npm run cms`, the tests). Widgets: those the generated
 * config.yml uses (tests/unit/cms-config.test.ts checks that every widget
 * in it is one of them), plus image and file for the
 * media library and the Markdown editor's blocks. Their names are in
 * cms/decap-widgets.ts, for the test.
 */
import { DecapCmsCore as CMS } from 'decap-cms-core';
import { GitLabBackend } from 'decap-cms-backend-gitlab';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import DecapCmsWidgetString from 'decap-cms-widget-string';
import DecapCmsWidgetNumber from 'decap-cms-widget-number';
import DecapCmsWidgetText from 'decap-cms-widget-text';
import DecapCmsWidgetImage from 'decap-cms-widget-image';
import DecapCmsWidgetFile from 'decap-cms-widget-file';
import DecapCmsWidgetSelect from 'decap-cms-widget-select';
import DecapCmsWidgetMarkdown from 'decap-cms-widget-markdown';
import DecapCmsWidgetList from 'decap-cms-widget-list';
import DecapCmsWidgetObject from 'decap-cms-widget-object';
import DecapCmsWidgetRelation from 'decap-cms-widget-relation';
import DecapCmsWidgetBoolean from 'decap-cms-widget-boolean';
import DecapCmsWidgetUuid from 'decap-cms-widget-uuid';

CMS.registerBackend('gitlab', GitLabBackend);
CMS.registerBackend('proxy', ProxyBackend);
for (const widget of [DecapCmsWidgetString, DecapCmsWidgetNumber, DecapCmsWidgetText, DecapCmsWidgetImage, DecapCmsWidgetFile, DecapCmsWidgetSelect, DecapCmsWidgetMarkdown, DecapCmsWidgetList, DecapCmsWidgetObject, DecapCmsWidgetRelation, DecapCmsWidgetBoolean, DecapCmsWidgetUuid]) {
  CMS.registerWidget(widget.Widget());
}

export default CMS;
