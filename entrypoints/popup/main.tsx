import { render } from 'preact';
import '../../src/ui/shared/base.css';
import '../../src/ui/popup/popup.css';
import { PopupApp } from '../../src/ui/popup/PopupApp';

render(<PopupApp />, document.getElementById('app')!);
