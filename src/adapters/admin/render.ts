// The back office renders its pages with the portals' shared renderer.
export { sendPage } from '../web/render';
