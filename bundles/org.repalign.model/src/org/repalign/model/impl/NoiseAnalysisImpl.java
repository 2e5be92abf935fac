/**
 * RepAlign
 */
package org.repalign.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.repalign.model.ExperimentPackage;
import org.repalign.model.NoiseAnalysis;
import org.repalign.model.PreprocessingMode;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Noise Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.impl.NoiseAnalysisImpl#getWindowSize <em>Window Size</em>}</li>
 *   <li>{@link org.repalign.model.impl.NoiseAnalysisImpl#getStride <em>Stride</em>}</li>
 *   <li>{@link org.repalign.model.impl.NoiseAnalysisImpl#getWindows <em>Windows</em>}</li>
 *   <li>{@link org.repalign.model.impl.NoiseAnalysisImpl#isExcludeSameFamily <em>Exclude Same Family</em>}</li>
 *   <li>{@link org.repalign.model.impl.NoiseAnalysisImpl#getPreprocessing <em>Preprocessing</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NoiseAnalysisImpl extends AnalysisImpl implements NoiseAnalysis {
	/**
	 * The default value of the '{@link #getWindowSize() <em>Window Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowSize()
	 * @generated
	 * @ordered
	 */
	protected static final int WINDOW_SIZE_EDEFAULT = 500;

	/**
	 * The cached value of the '{@link #getWindowSize() <em>Window Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowSize()
	 * @generated
	 * @ordered
	 */
	protected int windowSize = WINDOW_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStride() <em>Stride</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStride()
	 * @generated
	 * @ordered
	 */
	protected static final int STRIDE_EDEFAULT = 250;

	/**
	 * The cached value of the '{@link #getStride() <em>Stride</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStride()
	 * @generated
	 * @ordered
	 */
	protected int stride = STRIDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindows() <em>Windows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindows()
	 * @generated
	 * @ordered
	 */
	protected static final int WINDOWS_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getWindows() <em>Windows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindows()
	 * @generated
	 * @ordered
	 */
	protected int windows = WINDOWS_EDEFAULT;

	/**
	 * The default value of the '{@link #isExcludeSameFamily() <em>Exclude Same Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcludeSameFamily()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXCLUDE_SAME_FAMILY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExcludeSameFamily() <em>Exclude Same Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcludeSameFamily()
	 * @generated
	 * @ordered
	 */
	protected boolean excludeSameFamily = EXCLUDE_SAME_FAMILY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreprocessing() <em>Preprocessing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreprocessing()
	 * @generated
	 * @ordered
	 */
	protected static final PreprocessingMode PREPROCESSING_EDEFAULT = PreprocessingMode.CENTERED;

	/**
	 * The cached value of the '{@link #getPreprocessing() <em>Preprocessing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreprocessing()
	 * @generated
	 * @ordered
	 */
	protected PreprocessingMode preprocessing = PREPROCESSING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NoiseAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.NOISE_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWindowSize() {
		return windowSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowSize(int newWindowSize) {
		int oldWindowSize = windowSize;
		windowSize = newWindowSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.NOISE_ANALYSIS__WINDOW_SIZE, oldWindowSize, windowSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStride() {
		return stride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStride(int newStride) {
		int oldStride = stride;
		stride = newStride;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.NOISE_ANALYSIS__STRIDE, oldStride, stride));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWindows() {
		return windows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindows(int newWindows) {
		int oldWindows = windows;
		windows = newWindows;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.NOISE_ANALYSIS__WINDOWS, oldWindows, windows));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExcludeSameFamily() {
		return excludeSameFamily;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExcludeSameFamily(boolean newExcludeSameFamily) {
		boolean oldExcludeSameFamily = excludeSameFamily;
		excludeSameFamily = newExcludeSameFamily;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.NOISE_ANALYSIS__EXCLUDE_SAME_FAMILY, oldExcludeSameFamily, excludeSameFamily));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PreprocessingMode getPreprocessing() {
		return preprocessing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreprocessing(PreprocessingMode newPreprocessing) {
		PreprocessingMode oldPreprocessing = preprocessing;
		preprocessing = newPreprocessing == null ? PREPROCESSING_EDEFAULT : newPreprocessing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.NOISE_ANALYSIS__PREPROCESSING, oldPreprocessing, preprocessing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.NOISE_ANALYSIS__WINDOW_SIZE:
				return getWindowSize();
			case ExperimentPackage.NOISE_ANALYSIS__STRIDE:
				return getStride();
			case ExperimentPackage.NOISE_ANALYSIS__WINDOWS:
				return getWindows();
			case ExperimentPackage.NOISE_ANALYSIS__EXCLUDE_SAME_FAMILY:
				return isExcludeSameFamily();
			case ExperimentPackage.NOISE_ANALYSIS__PREPROCESSING:
				return getPreprocessing();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ExperimentPackage.NOISE_ANALYSIS__WINDOW_SIZE:
				setWindowSize((Integer)newValue);
				return;
			case ExperimentPackage.NOISE_ANALYSIS__STRIDE:
				setStride((Integer)newValue);
				return;
			case ExperimentPackage.NOISE_ANALYSIS__WINDOWS:
				setWindows((Integer)newValue);
				return;
			case ExperimentPackage.NOISE_ANALYSIS__EXCLUDE_SAME_FAMILY:
				setExcludeSameFamily((Boolean)newValue);
				return;
			case ExperimentPackage.NOISE_ANALYSIS__PREPROCESSING:
				setPreprocessing((PreprocessingMode)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ExperimentPackage.NOISE_ANALYSIS__WINDOW_SIZE:
				setWindowSize(WINDOW_SIZE_EDEFAULT);
				return;
			case ExperimentPackage.NOISE_ANALYSIS__STRIDE:
				setStride(STRIDE_EDEFAULT);
				return;
			case ExperimentPackage.NOISE_ANALYSIS__WINDOWS:
				setWindows(WINDOWS_EDEFAULT);
				return;
			case ExperimentPackage.NOISE_ANALYSIS__EXCLUDE_SAME_FAMILY:
				setExcludeSameFamily(EXCLUDE_SAME_FAMILY_EDEFAULT);
				return;
			case ExperimentPackage.NOISE_ANALYSIS__PREPROCESSING:
				setPreprocessing(PREPROCESSING_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ExperimentPackage.NOISE_ANALYSIS__WINDOW_SIZE:
				return windowSize != WINDOW_SIZE_EDEFAULT;
			case ExperimentPackage.NOISE_ANALYSIS__STRIDE:
				return stride != STRIDE_EDEFAULT;
			case ExperimentPackage.NOISE_ANALYSIS__WINDOWS:
				return windows != WINDOWS_EDEFAULT;
			case ExperimentPackage.NOISE_ANALYSIS__EXCLUDE_SAME_FAMILY:
				return excludeSameFamily != EXCLUDE_SAME_FAMILY_EDEFAULT;
			case ExperimentPackage.NOISE_ANALYSIS__PREPROCESSING:
				return preprocessing != PREPROCESSING_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (windowSize: ");
		result.append(windowSize);
		result.append(", stride: ");
		result.append(stride);
		result.append(", windows: ");
		result.append(windows);
		result.append(", excludeSameFamily: ");
		result.append(excludeSameFamily);
		result.append(", preprocessing: ");
		result.append(preprocessing);
		result.append(')');
		return result.toString();
	}

} //NoiseAnalysisImpl
