import { markdownText, readData, readMarkdown, dataText, type Fields } from './entryText.ts';
import { entryInLanguages, problemsBeforeSave, refusal } from './beforeSave.ts';
import { editorFormats } from './formats.ts';
import { indonesianPhrases } from './locale.ts';
import { momentParts, writtenMoment, type MomentParts } from './momentValue.ts';

/*
 * The browser editor's own code, loaded before Decap CMS (bundled by scripts/support/editorFiles.ts):
 * it holds Decap back until the date picker and the file formats below are registered, then starts
 * it with src/editor/config.yml. Decap brings React; `h` and `createClass` are its globals for
 * widgets written without a build step of their own.
 */

interface ImmutableLike {
  get(key: string): unknown;
  toJS?(): unknown;
}

interface WidgetProps {
  field: ImmutableLike;
  value: unknown;
  onChange(value: string): void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle(): void;
  setInactiveStyle(): void;
}

interface DecapGlobal {
  init(): void;
  registerLocale(name: string, phrases: unknown): void;
  registerEventListener(listener: { name: 'preSave'; handler(event: { entry: { get(key: string): unknown } }): undefined }): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: { fromFile(text: string): Fields; toFile(data: Fields, order?: readonly string[]): string },
  ): void;
}

type CreateElement = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

interface EditorWindow {
  CMS_MANUAL_INIT?: boolean;
  CMS?: DecapGlobal;
  h?: CreateElement;
  createClass?: (spec: Record<string, unknown>) => unknown;
}

const editorWindow = window as unknown as EditorWindow;

// Decap starts itself as soon as its script runs unless told not to.
editorWindow.CMS_MANUAL_INIT = true;

interface Zone {
  label: string;
  offset: string;
}

interface PickerThis {
  props: WidgetProps;
  state: MomentParts;
  setState(state: MomentParts): void;
}

function zonesOf(field: ImmutableLike): Zone[] {
  const zones = field.get('zones') as ImmutableLike | undefined;
  return (zones?.toJS?.() as Zone[] | undefined) ?? [];
}

/**
 * A date picker, with an hour and a time zone where the field takes them. The picker keeps what
 * was chosen so far (a date before its hour); the file gets only what the schema accepts.
 */
function momentControl(h: CreateElement, createClass: NonNullable<EditorWindow['createClass']>): unknown {
  return createClass({
    getInitialState(this: PickerThis) {
      return momentParts(this.props.value, zonesOf(this.props.field)[0]?.offset ?? '+07:00');
    },
    // A value set from outside (Decap copying a shared date into the other language) replaces what
    // the picker holds; the picker's own half-made choice (a date before its hour) is kept otherwise.
    componentDidUpdate(this: PickerThis, previous: WidgetProps) {
      const { value, field } = this.props;
      if (value === previous.value || typeof value !== 'string' || value === '') return;
      if (value !== writtenMoment(this.state, field.get('written') !== 'instant')) {
        this.setState(momentParts(value, this.state.offset));
      }
    },
    update(this: PickerThis, change: Partial<MomentParts>) {
      const parts = { ...this.state, ...change };
      this.setState(parts);
      this.props.onChange(writtenMoment(parts, this.props.field.get('written') !== 'instant'));
    },
    render(this: PickerThis & { update(change: Partial<MomentParts>): void }) {
      const { field, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      const written = field.get('written');
      // The date takes the field's own label (Decap's <label for>); the hour and the zone say whose they are.
      const label = String(field.get('label') ?? '');
      const focus = { onFocus: setActiveStyle, onBlur: setInactiveStyle };
      const parts = [
        h('input', {
          key: 'date',
          type: 'date',
          id: forID,
          value: this.state.date,
          onChange: (event: { target: { value: string } }) => this.update({ date: event.target.value }),
          ...focus,
        }),
      ];
      if (written !== 'date') {
        parts.push(
          h('input', {
            key: 'time',
            type: 'time',
            value: this.state.time,
            'aria-label': `${label}: jam${written === 'moment' ? ' (kosongkan selama belum dipastikan)' : ''}`,
            onChange: (event: { target: { value: string } }) => this.update({ time: event.target.value }),
            ...focus,
          }),
          h(
            'select',
            {
              key: 'zone',
              value: this.state.offset,
              'aria-label': `${label}: zona waktu`,
              onChange: (event: { target: { value: string } }) => this.update({ offset: event.target.value }),
              ...focus,
            },
            ...zonesOf(field).map((zone) => h('option', { key: zone.offset, value: zone.offset }, zone.label)),
          ),
        );
      }
      return h('div', { className: classNameWrapper, style: { display: 'flex', gap: '0.75rem', flexWrap: 'wrap' } }, ...parts);
    },
  });
}

function start(): void {
  const { CMS, h, createClass } = editorWindow;
  if (CMS === undefined || h === undefined || createClass === undefined) {
    document.body.textContent = 'Penyunting tidak dapat dimuat. / The editor could not be loaded.';
    return;
  }
  CMS.registerWidget('moment', momentControl(h, createClass), (props: { value: unknown }) => h('span', null, String(props.value ?? '')));
  CMS.registerCustomFormat(editorFormats.markdown, 'md', {
    fromFile: readMarkdown,
    toFile: (data, order) => markdownText(data, order),
  });
  CMS.registerCustomFormat(editorFormats.data, 'yaml', {
    fromFile: readData,
    toFile: (data, order) => dataText(data, order),
  });
  // Thrown here, the refusal is what Decap's "Gagal menyimpan" notice shows, and nothing is saved.
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const lines = problemsBeforeSave(entryInLanguages(entry));
      if (lines.length > 0) throw new Error(refusal(lines));
      return undefined;
    },
  });
  CMS.registerLocale('id', indonesianPhrases);
  CMS.init();
}

document.addEventListener('DOMContentLoaded', start);
