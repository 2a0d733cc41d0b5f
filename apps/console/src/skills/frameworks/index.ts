export { FrameworkCreate, FrameworkEdit } from './FrameworkForm';
export { FrameworkList } from './FrameworkList';
export { FrameworkShow } from './FrameworkShow';
export { ScaleCreate, ScaleEdit } from './ScaleForm';
export { ScaleList } from './ScaleList';
export { ScaleShow } from './ScaleShow';
