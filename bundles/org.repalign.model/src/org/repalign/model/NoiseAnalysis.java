/**
 * RepAlign
 */
package org.repalign.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Noise Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Alignment in frequency windows: OLS slope, R² and Spearman correlation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.NoiseAnalysis#getWindowSize <em>Window Size</em>}</li>
 *   <li>{@link org.repalign.model.NoiseAnalysis#getStride <em>Stride</em>}</li>
 *   <li>{@link org.repalign.model.NoiseAnalysis#getWindows <em>Windows</em>}</li>
 *   <li>{@link org.repalign.model.NoiseAnalysis#isExcludeSameFamily <em>Exclude Same Family</em>}</li>
 *   <li>{@link org.repalign.model.NoiseAnalysis#getPreprocessing <em>Preprocessing</em>}</li>
 * </ul>
 *
 * @see org.repalign.model.ExperimentPackage#getNoiseAnalysis()
 * @model
 * @generated
 */
public interface NoiseAnalysis extends Analysis {
	/**
	 * Returns the value of the '<em><b>Window Size</b></em>' attribute.
	 * The default value is <code>"500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Window Size</em>' attribute.
	 * @see #setWindowSize(int)
	 * @see org.repalign.model.ExperimentPackage#getNoiseAnalysis_WindowSize()
	 * @model default="500"
	 * @generated
	 */
	int getWindowSize();

	/**
	 * Sets the value of the '{@link org.repalign.model.NoiseAnalysis#getWindowSize <em>Window Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window Size</em>' attribute.
	 * @see #getWindowSize()
	 * @generated
	 */
	void setWindowSize(int value);

	/**
	 * Returns the value of the '<em><b>Stride</b></em>' attribute.
	 * The default value is <code>"250"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stride</em>' attribute.
	 * @see #setStride(int)
	 * @see org.repalign.model.ExperimentPackage#getNoiseAnalysis_Stride()
	 * @model default="250"
	 * @generated
	 */
	int getStride();

	/**
	 * Sets the value of the '{@link org.repalign.model.NoiseAnalysis#getStride <em>Stride</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stride</em>' attribute.
	 * @see #getStride()
	 * @generated
	 */
	void setStride(int value);

	/**
	 * Returns the value of the '<em><b>Windows</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Windows</em>' attribute.
	 * @see #setWindows(int)
	 * @see org.repalign.model.ExperimentPackage#getNoiseAnalysis_Windows()
	 * @model default="10"
	 * @generated
	 */
	int getWindows();

	/**
	 * Sets the value of the '{@link org.repalign.model.NoiseAnalysis#getWindows <em>Windows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Windows</em>' attribute.
	 * @see #getWindows()
	 * @generated
	 */
	void setWindows(int value);

	/**
	 * Returns the value of the '<em><b>Exclude Same Family</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exclude Same Family</em>' attribute.
	 * @see #setExcludeSameFamily(boolean)
	 * @see org.repalign.model.ExperimentPackage#getNoiseAnalysis_ExcludeSameFamily()
	 * @model default="false"
	 * @generated
	 */
	boolean isExcludeSameFamily();

	/**
	 * Sets the value of the '{@link org.repalign.model.NoiseAnalysis#isExcludeSameFamily <em>Exclude Same Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclude Same Family</em>' attribute.
	 * @see #isExcludeSameFamily()
	 * @generated
	 */
	void setExcludeSameFamily(boolean value);

	/**
	 * Returns the value of the '<em><b>Preprocessing</b></em>' attribute.
	 * The default value is <code>"centered"</code>.
	 * The literals are from the enumeration {@link org.repalign.model.PreprocessingMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preprocessing</em>' attribute.
	 * @see org.repalign.model.PreprocessingMode
	 * @see #setPreprocessing(PreprocessingMode)
	 * @see org.repalign.model.ExperimentPackage#getNoiseAnalysis_Preprocessing()
	 * @model default="centered"
	 * @generated
	 */
	PreprocessingMode getPreprocessing();

	/**
	 * Sets the value of the '{@link org.repalign.model.NoiseAnalysis#getPreprocessing <em>Preprocessing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preprocessing</em>' attribute.
	 * @see org.repalign.model.PreprocessingMode
	 * @see #getPreprocessing()
	 * @generated
	 */
	void setPreprocessing(PreprocessingMode value);

} // NoiseAnalysis
