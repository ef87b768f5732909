import { render } from 'preact';
import { startRouter } from '../../shared/router';
import '../../shared/ui/styles.css';
import './landlord.css';
import { App } from './app';

startRouter();
render(<App />, document.getElementById('app')!);
